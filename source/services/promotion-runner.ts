import type {HerokuClient} from '../heroku/client.js';
import {TwoFactorRequiredError, writeMayHaveLanded} from '../heroku/errors.js';
import {describeError} from '../shared/errors.js';
import {selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {initialProgress, isSettled} from '../board/promotion-progress.js';
import type {PromotionRun} from '../contract/promotion.js';
import {createRunCore, type RunnerOptions} from './promotion-run-core.js';
import {findLostPromotion, watchPromotion} from './promotion-watch.js';

export type {RunnerOptions} from './promotion-run-core.js';

// Sends one promotion (never twice) and follows it until it settles.
export function runPromotion(
  client: HerokuClient,
  plan: PromotionPlan,
  options: RunnerOptions = {},
): PromotionRun {
  const now = options.now ?? Date.now;
  const release = plan.source.release;
  if (!release) throw new Error('A promotion plan without a release cannot be run.');
  const targets = selectedTargets(plan);
  const core = createRunCore(
    client,
    initialProgress({
      source: {
        appId: plan.source.app.id,
        name: plan.source.app.name,
        releaseId: release.id,
        version: release.version,
        sha: release.sha,
      },
      pipelineName: plan.pipeline.name,
      targets: targets.map((t) => ({appId: t.app.id, name: t.app.name})),
      at: now(),
    }),
    options,
  );
  const {dispatch, watch} = core;

  async function send(twoFactorCode?: string) {
    dispatch({type: 'sending', at: now(), withCode: twoFactorCode !== undefined});
    try {
      const promotion = await client.createPromotion({
        pipelineId: plan.pipeline.id,
        sourceAppId: plan.source.app.id,
        releaseId: release!.id,
        targetAppIds: targets.map((t) => t.app.id),
        twoFactorCode,
      });
      dispatch({type: 'created', at: now(), promotionId: promotion.id});
      await watchPromotion(watch);
    } catch (error) {
      if (error instanceof TwoFactorRequiredError && twoFactorCode === undefined) {
        dispatch({type: 'two-factor-required', at: now(), message: error.message});
        return;
      }
      const cause = describeError(error);
      if (writeMayHaveLanded(error)) {
        // Never guessed: looked for on the targets before anything is said.
        dispatch({
          type: 'searching',
          at: now(),
          message: `${cause} The promotion may have been created: looking for it on the targets…`,
        });
        if (await findLostPromotion(watch, plan.source.app.name, cause)) {
          await watchPromotion(watch);
        }
      } else {
        const message =
          error instanceof TwoFactorRequiredError
            ? 'Heroku did not accept the two-factor code: no promotion was created.'
            : cause;
        dispatch({type: 'failed', at: now(), message});
      }
    }
    if (isSettled(core.state())) await core.finish();
  }

  void send(options.twoFactorCode?.trim() || undefined);

  return {
    ...core.run,
    submitTwoFactorCode(code) {
      const trimmed = code.trim();
      const state = core.state();
      if (state.phase !== 'two-factor' || state.twoFactorSent || trimmed === '') return;
      void send(trimmed);
    },
    cancelTwoFactor(reason) {
      if (core.state().phase !== 'two-factor') return;
      const message = reason ?? 'Cancelled: no promotion was created.';
      dispatch({type: 'failed', at: now(), message});
      void core.finish();
    },
  };
}
