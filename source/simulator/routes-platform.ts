import {herokuError, json, listReply, notFound} from './replies.js';
import type {Route, RouteContext} from './replies.js';
import {accountJson, appJson, couplingJson, pipelineJson} from './serialize.js';
import {couplingOf, findApp, findPipeline} from './state.js';

// Account, pipelines, couplings and apps.

const get = (pattern: RegExp, handle: Route['handle']): Route => ({
  method: 'GET',
  pattern,
  zone: 'heroku',
  handle,
});

function couplingsOf(ctx: RouteContext, pipelineId?: string) {
  return ctx.state.couplings
    .filter((c) => pipelineId === undefined || c.pipelineId === pipelineId)
    .map((c) => couplingJson(ctx.state, c));
}

export const platformRoutes: Route[] = [
  get(/^\/account$/, (ctx) => json(accountJson(ctx.state, ctx.twoFactorCode !== null))),
  get(/^\/account\/rate-limits$/, (ctx) =>
    json({remaining: Math.floor(ctx.state.rateLimit.remaining)}),
  ),
  get(/^\/users\/([^/]+)$/, (ctx, [id]) => {
    // `~` is the account itself (the official CLI's pipelines:create asks /users/~).
    if (id === '~') return json(accountJson(ctx.state, ctx.twoFactorCode !== null));
    const user = [...ctx.state.users.values()].find((u) => u.id === id || u.email === id);
    return user ? json({id: user.id, email: user.email, name: user.name}) : notFound('user');
  }),
  get(/^\/teams$/, (ctx) =>
    listReply(
      ctx,
      [...ctx.state.teams.values()].map((t) => ({id: t.id, name: t.name, role: 'admin'})),
      ['id', 'name'],
    ),
  ),
  get(/^\/teams\/([^/]+)$/, (ctx, [id]) => {
    const team = [...ctx.state.teams.values()].find((t) => t.id === id || t.name === id);
    return team
      ? json({id: team.id, name: team.name, role: 'admin', type: 'team', default: false})
      : notFound('team');
  }),
  get(/^\/pipelines$/, (ctx) => {
    const name = ctx.query.get('eq[name]');
    const pipelines = ctx.state.pipelines.filter((p) => name === null || p.name === name);
    return listReply(ctx, pipelines.map(pipelineJson), ['id', 'name']);
  }),
  get(/^\/pipelines\/([^/]+)$/, (ctx, [id]) => {
    const pipeline = findPipeline(ctx.state, id!);
    return pipeline ? json(pipelineJson(pipeline)) : notFound('pipeline');
  }),
  get(/^\/pipelines\/([^/]+)\/pipeline-couplings$/, (ctx, [id]) => {
    const pipeline = findPipeline(ctx.state, id!);
    if (!pipeline) return notFound('pipeline');
    return listReply(ctx, couplingsOf(ctx, pipeline.id), ['id', 'stage']);
  }),
  get(/^\/pipeline-couplings$/, (ctx) => listReply(ctx, couplingsOf(ctx), ['id', 'stage'])),
  get(/^\/pipeline-couplings\/([^/]+)$/, (ctx, [id]) => {
    const coupling = ctx.state.couplings.find((c) => c.id === id);
    return coupling ? json(couplingJson(ctx.state, coupling)) : notFound('pipeline coupling');
  }),
  get(/^\/apps\/([^/]+)\/pipeline-couplings$/, (ctx, [idOrName]) => {
    const app = findApp(ctx.state, idOrName!);
    if (!app) return notFound('app');
    const coupling = couplingOf(ctx.state, app.id);
    return coupling ? json(couplingJson(ctx.state, coupling)) : notFound('pipeline coupling');
  }),
  get(/^\/apps$/, (ctx) =>
    listReply(
      ctx,
      ctx.state.apps.map((app) => appJson(ctx.state, app)),
      ['id', 'name', 'updated_at'],
    ),
  ),
  get(/^\/apps\/([^/]+)$/, (ctx, [idOrName]) => {
    const app = findApp(ctx.state, idOrName!);
    return app ? json(appJson(ctx.state, app)) : notFound('app');
  }),
  // Heroku's cap on the ids of one filter request.
  {
    method: 'POST',
    pattern: /^\/filters\/apps$/,
    zone: 'heroku',
    handle(ctx) {
      const ids = (ctx.body as {in?: {id?: unknown}} | null)?.in?.id;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
        return herokuError(422, 'invalid_params', 'Expected {"in": {"id": [app ids]}}.');
      }
      if (ids.length > FILTER_IDS_MAX) {
        return herokuError(
          422,
          'invalid_params',
          `At most ${FILTER_IDS_MAX} app ids can be filtered in one request.`,
        );
      }
      const wanted = new Set(ids);
      const apps = ctx.state.apps.filter((app) => wanted.has(app.id) || wanted.has(app.name));
      return listReply(
        ctx,
        apps.map((app) => appJson(ctx.state, app)),
        ['id', 'name'],
      );
    },
  },
];

const FILTER_IDS_MAX = 1000;
