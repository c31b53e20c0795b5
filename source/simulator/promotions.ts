import {randomUUID} from 'node:crypto';
import {promoteDescription} from './builder.js';
import {addRelease, releaseCommandOutput, settleRelease} from './releases.js';
import {herokuError, json, listReply, notFound} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {secondFactorMissing} from './routes-apps.js';
import {codeRelease, couplingOf, findApp, findPipeline} from './state.js';
import type {SimApp, SimPromotion, SimPromotionTarget, SimRelease} from './state.js';

// Pipeline promotions: created pending, then each target, one step at a time, gets a pending
// release of the pinned source release's code, which then succeeds or fails.

type PromotionBody = {
  pipeline?: {id?: unknown};
  source?: {app?: {id?: unknown}; release?: {id?: unknown} | null};
  targets?: Array<{app?: {id?: unknown}}>;
};

const invalid = (message: string) => herokuError(422, 'invalid_params', message);
const idOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function pinnedRelease(source: SimApp, requested: string | null): SimRelease | Reply {
  if (requested === null) {
    return codeRelease(source) ?? invalid(`${source.name} has no release to promote.`);
  }
  const release = source.releases.find((r) => r.id === requested);
  if (!release) return notFound('release');
  if (release.status !== 'succeeded' || (release.slugId === null && release.ociImageId === null)) {
    return invalid(`Release v${release.version} of ${source.name} cannot be promoted.`);
  }
  return release;
}

function createPromotion(ctx: RouteContext): Reply {
  const blocked = secondFactorMissing(ctx);
  if (blocked) return blocked;
  const body = (ctx.body ?? {}) as PromotionBody;
  const pipelineId = idOf(body.pipeline?.id);
  const sourceId = idOf(body.source?.app?.id);
  const targetIds = Array.isArray(body.targets) ? body.targets.map((t) => idOf(t?.app?.id)) : [];
  if (!pipelineId || !sourceId || targetIds.length === 0 || targetIds.includes(null)) {
    return invalid('Missing required params: pipeline, source.app and at least one target.');
  }
  const pipeline = findPipeline(ctx.state, pipelineId);
  if (!pipeline) return notFound('pipeline');
  const inPipeline = (app: SimApp) => couplingOf(ctx.state, app.id)?.pipelineId === pipeline.id;
  const source = findApp(ctx.state, sourceId);
  if (!source) return notFound('app');
  if (!inPipeline(source)) return invalid(`${source.name} is not in pipeline ${pipeline.name}.`);
  const targets: SimApp[] = [];
  for (const id of targetIds) {
    const target = findApp(ctx.state, id!);
    if (!target) return notFound('app');
    if (!inPipeline(target)) return invalid(`${target.name} is not in pipeline ${pipeline.name}.`);
    if (target.id === source.id) return invalid('An app cannot be promoted to itself.');
    targets.push(target);
  }
  if ([source, ...targets].some((app) => app.stack === 'container')) {
    return invalid('Pipeline promotions are not supported for apps using the container stack.');
  }
  const requested = idOf(body.source?.release?.id);
  const release = pinnedRelease(source, requested);
  if (!('version' in release)) return release;

  const now = new Date().toISOString();
  const header = ctx.headers['heroku-two-factor-code'];
  const promotion: SimPromotion = {
    id: randomUUID(),
    pipelineId: pipeline.id,
    sourceAppId: source.id,
    releaseId: release.id,
    requestedReleaseId: requested,
    status: 'pending',
    twoFactorCode: typeof header === 'string' ? header : null,
    targets: targets.map((target) => ({
      id: randomUUID(),
      appId: target.id,
      status: 'pending',
      errorMessage: null,
      releaseId: null,
    })),
    createdAt: now,
    updatedAt: now,
  };
  ctx.state.promotions.push(promotion);
  const failures = new Map<string, string>();
  for (const target of targets) {
    const message = ctx.state.failNextPromotion.get(target.id);
    if (message === undefined) continue;
    failures.set(target.id, message);
    ctx.state.failNextPromotion.delete(target.id);
  }
  ctx.schedule(() => startTargets(ctx, promotion, source, release, failures), ctx.promotionStepMs);
  return json(promotionJson(promotion), 201);
}

function startTargets(
  ctx: RouteContext,
  promotion: SimPromotion,
  source: SimApp,
  release: SimRelease,
  failures: Map<string, string>,
): void {
  for (const target of promotion.targets) {
    const app = ctx.state.apps.find((a) => a.id === target.appId);
    if (!app) continue;
    const failure = failures.get(app.id);
    const at = new Date().toISOString();
    const targetRelease = addRelease(ctx.state, app, {
      description: promoteDescription(ctx.state, source, release),
      status: 'pending',
      at,
      userId: ctx.state.account.id,
      slugId: release.slugId,
      ociImageId: release.ociImageId,
      streamText: releaseCommandOutput(app, failure === undefined, failure),
      streamAvailableAt: Date.now() + ctx.promotionStepMs,
    });
    target.releaseId = targetRelease.id;
    ctx.schedule(() => {
      const done = new Date().toISOString();
      settleRelease(app, targetRelease, failure === undefined ? 'succeeded' : 'failed', done);
      target.status = failure === undefined ? 'succeeded' : 'failed';
      target.errorMessage = failure ?? null;
      if (promotion.targets.every((t) => t.status !== 'pending')) promotion.status = 'completed';
      promotion.updatedAt = done;
    }, ctx.promotionStepMs);
  }
  promotion.updatedAt = new Date().toISOString();
}

function promotionJson(promotion: SimPromotion) {
  return {
    id: promotion.id,
    pipeline: {id: promotion.pipelineId},
    source: {app: {id: promotion.sourceAppId}, release: {id: promotion.releaseId}},
    status: promotion.status,
    created_at: promotion.createdAt,
    updated_at: promotion.updatedAt,
  };
}

function targetJson(promotion: SimPromotion, target: SimPromotionTarget) {
  return {
    id: target.id,
    app: {id: target.appId},
    pipeline_promotion: {id: promotion.id},
    status: target.status,
    error_message: target.errorMessage,
    release: target.releaseId ? {id: target.releaseId} : null,
  };
}

function findPromotion(ctx: RouteContext, id: string): SimPromotion | undefined {
  return ctx.state.promotions.find((p) => p.id === id);
}

export const promotionRoutes: Route[] = [
  {method: 'POST', pattern: /^\/pipeline-promotions$/, zone: 'heroku', handle: createPromotion},
  {
    method: 'GET',
    pattern: /^\/pipeline-promotions\/([^/]+)$/,
    zone: 'heroku',
    handle(ctx, [id]) {
      const promotion = findPromotion(ctx, id!);
      return promotion ? json(promotionJson(promotion)) : notFound('promotion');
    },
  },
  {
    method: 'GET',
    pattern: /^\/pipeline-promotions\/([^/]+)\/promotion-targets$/,
    zone: 'heroku',
    handle(ctx, [id]) {
      const promotion = findPromotion(ctx, id!);
      if (!promotion) return notFound('promotion');
      return listReply(
        ctx,
        promotion.targets.map((t) => targetJson(promotion, t)),
        ['id'],
      );
    },
  },
];
