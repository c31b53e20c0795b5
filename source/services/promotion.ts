import {toRelease} from '../board/build-board.js';
import type {PlanAppDetails} from '../board/promotion-input.js';
import {buildPromotionPlan, type PromotionPlan} from '../board/promotion-plan.js';
import {isSettled} from '../board/promotion-progress.js';
import {HISTORY_LENGTH, historyOrder} from '../board/release-history.js';
import {sanitizeText} from '../shared/sanitize.js';
import {findApp} from '../board/stages.js';
import type {AppCard, CommitComparison, Release} from '../board/types.js';
import {endpointOf} from '../diff/index.js';
import {TwoFactorRequiredError, writeMayHaveLanded} from '../heroku/errors.js';
import {describeError} from '../shared/errors.js';
import type {HerokuClient} from '../heroku/client.js';
import type {PlanRequest, PromotionRun, PromotionServices} from '../contract/promotion.js';
import type {DriftServices} from '../contract/drift.js';
import type {ServicesDeps} from './deps.js';
import {followExistingPromotion} from './promotion-follow.js';
import type {RunnerOptions} from './promotion-runner.js';
import {runWaves} from './promotion-waves.js';
import {unauthorizedGuard} from './unauthorized.js';

export type {RunnerOptions} from './promotion-runner.js';

// The commit a release was built from; null when Heroku does not know it.
async function commitOfRelease(
  client: HerokuClient,
  app: AppCard,
  release: Release,
): Promise<string | null> {
  try {
    if (release.slugId) return (await client.slug(app.id, release.slugId)).commit ?? null;
    if (release.ociImageId) {
      return (await client.ociImage(app.id, release.ociImageId)).commit ?? null;
    }
  } catch {
    // Unknown commit: the plan then says the commits could not be compared.
  }
  return null;
}

// Stack and maintenance as they are now, not as the last board refresh saw them.
async function freshDetails(
  client: HerokuClient,
  apps: AppCard[],
): Promise<Record<string, PlanAppDetails>> {
  const details: Record<string, PlanAppDetails> = {};
  await Promise.all(
    apps.map(async (app) => {
      try {
        const wire = await client.app(app.id);
        details[app.id] = {stack: wire.stack?.name ?? null, maintenance: wire.maintenance === true};
      } catch {
        // The board's own view of the app stands in.
      }
    }),
  );
  return details;
}

export function createPromotionServices(
  deps: ServicesDeps,
  drift: DriftServices,
  options: RunnerOptions = {},
): PromotionServices {
  const client = deps.client;
  let running: PromotionRun | null = null;

  const guard = unauthorizedGuard(deps.onUnauthorized);

  // Names only; a failure to read them is said in the plan rather than stopping it.
  async function missingConfigVars(source: AppCard, targets: AppCard[]) {
    if (targets.length === 0) return {missing: {}, unknown: null};
    try {
      return {missing: await drift.missingConfigVars(source, targets), unknown: null};
    } catch (error) {
      return {missing: {}, unknown: describeError(error)};
    }
  }

  async function promotionPlan(request: PlanRequest): Promise<PromotionPlan> {
    const release = request.release ?? null;
    const sha = release
      ? await commitOfRelease(client, request.source, release)
      : (request.source.commit?.sha ?? null);
    // The targets the plan will hold: a first plan without I/O says which they are.
    const draft = buildPromotionPlan({...request, release, releaseSha: sha});
    const targets = draft.targets
      .map((t) => findApp(request.board, t.app.id))
      .filter((app): app is AppCard => app !== null);
    const upstream = endpointOf(request.source, sha);
    const [apps, comparisons, config, ci] = await Promise.all([
      freshDetails(client, [request.source, ...targets]),
      Promise.all(
        targets.map(async (target): Promise<[string, CommitComparison]> => [
          target.id,
          await deps.diff.compare(upstream, endpointOf(target)),
        ]),
      ),
      request.missingConfigVars
        ? {missing: request.missingConfigVars, unknown: null}
        : missingConfigVars(request.source, targets),
      deps.ci?.statusOf({
        appId: request.source.id,
        appName: request.source.name,
        pipelineId: request.board.pipeline.id,
        sha,
      }) ?? null,
    ]);
    return buildPromotionPlan({
      ...request,
      release,
      releaseSha: sha,
      apps,
      comparisons: Object.fromEntries(comparisons),
      missingConfigVars: config.missing,
      configVarsUnknown: config.unknown,
      ci,
    });
  }

  const services: PromotionServices = {
    releaseHistory: (app) =>
      guard(async () => {
        const releases = await client.releases(app.id, {max: HISTORY_LENGTH});
        return historyOrder(releases.map(toRelease));
      }),

    releaseByVersion: (app, version) =>
      guard(async () => toRelease(await client.release(app.id, version))),

    promotionPlan: (request) => guard(() => promotionPlan(request)),

    startPromotion(plan, start = {}) {
      if (running && !isSettled(running.progress())) return running;
      running = runWaves(client, plan, {now: deps.now, ...options, ...start});
      return running;
    },

    followPromotion: (promotionId) =>
      guard(() => followExistingPromotion(client, promotionId, {now: deps.now, ...options})),

    runningPromotion() {
      return running && !isSettled(running.progress()) ? running : null;
    },

    setMaintenance: (app, on) =>
      guard(async () => (await client.setMaintenance(app.id, on)).maintenance === true),

    // The outcome's message is drawn as it is: Heroku's words are sanitised here.
    async rollback(app, release, twoFactorCode) {
      try {
        const created = await guard(() => client.rollback(app.id, release.id, {twoFactorCode}));
        return {kind: 'done', release: toRelease(created)};
      } catch (error) {
        if (error instanceof TwoFactorRequiredError) {
          return twoFactorCode === undefined
            ? {kind: 'two-factor', message: sanitizeText(error.message)}
            : {
                kind: 'failed',
                message: 'Heroku did not accept the two-factor code: nothing was rolled back.',
              };
        }
        const landed = writeMayHaveLanded(error)
          ? ' The rollback may have happened: check the release list before trying again.'
          : '';
        return {kind: 'failed', message: sanitizeText(describeError(error)) + landed};
      }
    },
  };
  return services;
}
