import {addRelease, eligibleForRollback, releaseCommandOutput, settleRelease} from './releases.js';
import {herokuError, json, listReply, notFound} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {
  addonsJson,
  buildJson,
  buildpacksJson,
  dynosJson,
  formationJson,
  ociImageJson,
  releaseJson,
  slugJson,
} from './serialize.js';
import {findApp, findPipeline} from './state.js';
import type {SimApp, SimRelease} from './state.js';
import type {Json} from './serialize.js';

// Per-app resources, the pipeline-wide release lists, rollback and release-phase output.

function appRoute(
  method: string,
  tail: string,
  handle: (ctx: RouteContext, app: SimApp, params: string[]) => Reply,
): Route {
  return {
    method,
    pattern: new RegExp(`^/apps/([^/]+)${tail}$`),
    zone: 'heroku',
    handle(ctx, [idOrName, ...rest]) {
      const app = findApp(ctx.state, idOrName!);
      return app ? handle(ctx, app, rest) : notFound('app');
    },
  };
}

export function findRelease(app: SimApp, idOrVersion: string): SimRelease | undefined {
  if (/^v?\d+$/.test(idOrVersion)) {
    const version = Number(idOrVersion.replace(/^v/, ''));
    return app.releases.find((r) => r.version === version);
  }
  return app.releases.find((r) => r.id === idOrVersion);
}

// 403 two_factor until Heroku-Two-Factor-Code carries the configured code.
export function secondFactorMissing(ctx: RouteContext): Reply | null {
  if (ctx.twoFactorCode === null) return null;
  if (ctx.headers['heroku-two-factor-code'] === ctx.twoFactorCode) return null;
  return herokuError(
    403,
    'two_factor',
    'A second authentication factor or pre-authorization is required for this request. Your account has either two-factor or a Heroku Enterprise trusted IP configured.',
  );
}

function rollback(ctx: RouteContext, app: SimApp): Reply {
  const blocked = secondFactorMissing(ctx);
  if (blocked) return blocked;
  const wanted = (ctx.body as {release?: unknown} | null)?.release;
  if (typeof wanted !== 'string' && typeof wanted !== 'number') {
    return herokuError(422, 'invalid_params', 'Missing required param: release.');
  }
  const target = findRelease(app, String(wanted));
  if (!target) return notFound('release');
  if (!eligibleForRollback(app, target)) {
    return herokuError(
      422,
      'invalid_params',
      `Release v${target.version} is not eligible for rollback.`,
    );
  }
  const now = new Date().toISOString();
  const release = addRelease(ctx.state, app, {
    description: `Rollback to v${target.version}`,
    status: app.releasePhase ? 'pending' : 'succeeded',
    at: now,
    userId: ctx.state.account.id,
    slugId: target.runningSlugId,
    ociImageId: target.runningOciImageId,
    config: target.config,
    streamText: app.releasePhase ? releaseCommandOutput(app, true) : null,
    streamAvailableAt: Date.now() + ctx.promotionStepMs,
  });
  if (release.status === 'pending') {
    ctx.schedule(
      () => settleRelease(app, release, 'succeeded', new Date().toISOString()),
      ctx.promotionStepMs,
    );
  }
  return json(releaseJson(ctx.state, app, release, ctx.baseUrl), 201);
}

// One entry for each app coupled to the pipeline, the app's newest of something.
function perCoupledApp(ctx: RouteContext, id: string, entry: (app: SimApp) => Json | null): Reply {
  const pipeline = findPipeline(ctx.state, id);
  if (!pipeline) return notFound('pipeline');
  const entries = ctx.state.couplings
    .filter((c) => c.pipelineId === pipeline.id)
    .flatMap((coupling) => {
      const app = ctx.state.apps.find((a) => a.id === coupling.appId);
      const found = app ? entry(app) : null;
      return found ? [found] : [];
    });
  return listReply(ctx, entries, ['id']);
}

function latestPerApp(ctx: RouteContext, id: string, codeOnly: boolean): Reply {
  return perCoupledApp(ctx, id, (app) => {
    const release = app.releases.findLast(
      (r) => !codeOnly || r.slugId !== null || r.ociImageId !== null,
    );
    return release ? releaseJson(ctx.state, app, release, ctx.baseUrl) : null;
  });
}

// Every coupled app's newest build, whatever its status.
function latestBuilds(ctx: RouteContext, id: string): Reply {
  return perCoupledApp(ctx, id, (app) => {
    const build = app.builds.at(-1);
    return build ? buildJson(ctx.state, app, build, ctx.baseUrl) : null;
  });
}

export const appRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/pipelines\/([^/]+)\/latest-releases$/,
    zone: 'heroku',
    handle: (ctx, [id]) => latestPerApp(ctx, id!, false),
  },
  {
    method: 'GET',
    pattern: /^\/pipelines\/([^/]+)\/latest-deployments$/,
    zone: 'heroku',
    handle: (ctx, [id]) => latestPerApp(ctx, id!, true),
  },
  {
    method: 'GET',
    pattern: /^\/pipelines\/([^/]+)\/latest-builds$/,
    zone: 'heroku',
    handle: (ctx, [id]) => latestBuilds(ctx, id!),
  },
  appRoute('GET', '/releases', (ctx, app) =>
    listReply(
      ctx,
      app.releases.map((r) => releaseJson(ctx.state, app, r, ctx.baseUrl)),
      ['id', 'version'],
      'version',
    ),
  ),
  appRoute('GET', '/releases/([^/]+)', (ctx, app, [id]) => {
    const release = findRelease(app, id!);
    return release ? json(releaseJson(ctx.state, app, release, ctx.baseUrl)) : notFound('release');
  }),
  appRoute('POST', '/releases', rollback),
  appRoute('GET', '/slugs/([^/]+)', (ctx, _app, [id]) => {
    const slug = slugJson(ctx.state, id!);
    return slug ? json(slug) : notFound('slug');
  }),
  appRoute('GET', '/oci-images/([^/]+)', (ctx, app, [id]) => {
    const image = ociImageJson(ctx.state, app, id!);
    return image ? json([image]) : notFound('OCI image');
  }),
  appRoute('GET', '/builds', (ctx, app) =>
    listReply(
      ctx,
      app.builds.map((b) => buildJson(ctx.state, app, b, ctx.baseUrl)),
      ['id', 'created_at'],
      'created_at',
    ),
  ),
  appRoute('GET', '/builds/([^/]+)', (ctx, app, [id]) => {
    const build = app.builds.find((b) => b.id === id);
    return build ? json(buildJson(ctx.state, app, build, ctx.baseUrl)) : notFound('build');
  }),
  appRoute('GET', '/formation', (ctx, app) =>
    listReply(ctx, formationJson(app), ['id', 'type'], 'type'),
  ),
  appRoute('GET', '/dynos', (ctx, app) => listReply(ctx, dynosJson(app), ['id', 'name'], 'name')),
  appRoute('GET', '/config-vars', (_ctx, app) => json({...app.configVars})),
  appRoute('GET', '/addons', (ctx, app) => listReply(ctx, addonsJson(app), ['id', 'name'])),
  appRoute('GET', '/buildpack-installations', (_ctx, app) => json(buildpacksJson(app))),
  {
    method: 'GET',
    pattern: /^\/streams\/([^/]+)$/,
    zone: 'stream',
    handle(ctx, [id]) {
      const stream = ctx.state.streams.get(id!);
      if (!stream || Date.now() < stream.availableAt) {
        return {status: 404, text: 'Not Found\n'};
      }
      return {status: 200, text: stream.text};
    },
  },
];
