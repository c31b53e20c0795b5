import type {HerokuClient} from '../heroku/client.js';
import {initialProgress, isSettled} from '../board/promotion-progress.js';
import type {PromotionRun} from '../contract/promotion.js';
import {createRunCore, type RunnerOptions} from './promotion-run-core.js';
import {watchPromotion} from './promotion-watch.js';

// `promote --follow ID`: a promotion made earlier (or elsewhere) is watched until it settles.
// Nothing is sent; the names are looked up, and an id stands in where a lookup fails.

async function nameOf(client: HerokuClient, appId: string): Promise<string> {
  try {
    return (await client.app(appId)).name;
  } catch {
    return appId;
  }
}

export async function followExistingPromotion(
  client: HerokuClient,
  promotionId: string,
  options: RunnerOptions = {},
): Promise<PromotionRun> {
  const now = options.now ?? Date.now;
  const promotion = await client.promotion(promotionId);
  const wireTargets = (await client.promotionTargets(promotionId)).filter(
    (t) => typeof t?.app?.id === 'string',
  );
  const sourceAppId = promotion.source?.app?.id ?? '';
  const releaseId = promotion.source?.release?.id ?? '';
  const [sourceName, pipelineName, version, targetNames] = await Promise.all([
    nameOf(client, sourceAppId),
    client.pipeline(promotion.pipeline?.id ?? '').then(
      (p) => p.name,
      () => promotion.pipeline?.id ?? '?',
    ),
    client.release(sourceAppId, releaseId).then(
      (r) => r.version,
      () => 0,
    ),
    Promise.all(wireTargets.map((t) => nameOf(client, t.app.id))),
  ]);
  const core = createRunCore(
    client,
    initialProgress({
      source: {appId: sourceAppId, name: sourceName, releaseId, version, sha: null},
      pipelineName,
      targets: wireTargets.map((t, i) => ({appId: t.app.id, name: targetNames[i]!})),
      at: Date.parse(promotion.created_at ?? '') || now(),
    }),
    options,
  );
  core.dispatch({type: 'created', at: now(), promotionId});
  void (async () => {
    await watchPromotion(core.watch);
    if (isSettled(core.state())) await core.finish();
  })();
  return {...core.run, submitTwoFactorCode() {}, cancelTwoFactor() {}};
}
