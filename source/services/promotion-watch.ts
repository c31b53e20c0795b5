import type {HerokuClient} from '../heroku/client.js';
import {describeError} from '../shared/errors.js';
import {sleep} from '../heroku/retry.js';
import type {WireRelease} from '../heroku/wire.js';
import type {ProgressEvent, PromotionProgress} from '../board/promotion-progress.js';
import {followCommand, formatElapsed} from '../board/promotion-summary.js';

// Following a promotion until it settles, through outages, and finding one again whose
// POST answer was lost. Nothing here sends a promotion.

export type WatchSettings = {
  pollIntervalMs: number;
  // Longest wait between two polls while Heroku does not answer.
  maxBackoffMs: number;
  // When to stop waiting for targets that stay pending (the promotion goes on at Heroku).
  timeoutMs: number;
  // Looking for a promotion whose answer was lost: the first wait, doubled each try.
  searchIntervalMs: number;
  searchAttempts: number;
};

export type WatchContext = {
  client: HerokuClient;
  settings: WatchSettings;
  now: () => number;
  state: () => PromotionProgress;
  dispatch: (event: ProgressEvent) => void;
  settled: () => boolean;
  // A target's new release is known: its release-phase output can be read.
  onRelease: (appId: string, releaseId: string) => void;
};

type TargetReading = {
  appId: string;
  status: 'pending' | 'succeeded' | 'failed';
  errorMessage: string | null;
  releaseId: string | null;
};

async function readTargets(ctx: WatchContext, promotionId: string): Promise<TargetReading[]> {
  const wire = await ctx.client.promotionTargets(promotionId);
  return wire
    .filter((t) => typeof t?.app?.id === 'string')
    .map((t) => ({
      appId: t.app.id,
      status: t.status,
      errorMessage: t.error_message ?? null,
      releaseId: t.release?.id ?? null,
    }));
}

// Without a promotion id, each target's new release says how it went.
async function readReleases(ctx: WatchContext): Promise<TargetReading[]> {
  const pending = ctx.state().targets.filter((t) => t.status === 'pending' && t.releaseId);
  return Promise.all(
    pending.map(async (t) => {
      const release = await ctx.client.release(t.appId, t.releaseId!);
      const status =
        release.status === 'succeeded'
          ? 'succeeded'
          : release.status === 'pending'
            ? 'pending'
            : 'failed';
      const errorMessage = status === 'failed' ? `release ${release.status}` : null;
      return {appId: t.appId, status, errorMessage, releaseId: t.releaseId};
    }),
  );
}

// Polls until every target settled. Failed polls are waited out with a growing pause and
// an honest line; only the overall timeout stops it, and the promotion goes on at Heroku.
export async function watchPromotion(ctx: WatchContext): Promise<void> {
  const {settings} = ctx;
  const started = ctx.now();
  let failures = 0;
  while (!ctx.settled()) {
    const pause = Math.min(settings.pollIntervalMs * 2 ** failures, settings.maxBackoffMs);
    await sleep(pause);
    if (ctx.settled()) return;
    if (ctx.now() - started >= settings.timeoutMs) {
      const progress = ctx.state();
      ctx.dispatch({
        type: 'timed-out',
        at: ctx.now(),
        message: `Stopped waiting after ${formatElapsed(ctx.now() - started)}: the promotion goes on at Heroku; follow it with \`${followCommand(progress)}\`.`,
      });
      return;
    }
    try {
      const id = ctx.state().promotionId;
      const targets = id ? await readTargets(ctx, id) : await readReleases(ctx);
      failures = 0;
      ctx.dispatch({type: 'targets', at: ctx.now(), targets});
      for (const t of targets) if (t.releaseId) ctx.onRelease(t.appId, t.releaseId);
    } catch (error) {
      failures += 1;
      const next = Math.min(settings.pollIntervalMs * 2 ** failures, settings.maxBackoffMs);
      ctx.dispatch({
        type: 'waiting',
        at: ctx.now(),
        message: `Still waiting for Heroku: ${describeError(error)} Asking again in ${formatElapsed(next)}.`,
      });
    }
  }
}

function names(progress: PromotionProgress, sourceName: string, release: WireRelease): boolean {
  const description = release.description ?? '';
  const prefix = `Promote ${sourceName} v${progress.source.version}`;
  if (description !== prefix && !description.startsWith(`${prefix} `)) return false;
  // A promotion of the same release made before this one is not this one.
  const created = Date.parse(release.created_at ?? '');
  return Number.isNaN(created) || created >= progress.startedAt - 120_000;
}

// The POST's answer was lost: Heroku may have created the promotion. Each target's newest
// releases tell, by a description naming the source release. True when it was found.
export async function findLostPromotion(
  ctx: WatchContext,
  sourceName: string,
  cause: string,
): Promise<boolean> {
  const {settings} = ctx;
  const found: Record<string, string> = {};
  const targets = ctx.state().targets;
  for (let attempt = 0; attempt < settings.searchAttempts; attempt++) {
    await sleep(settings.searchIntervalMs * 2 ** attempt);
    await Promise.all(
      targets
        .filter((t) => !found[t.appId])
        .map(async (t) => {
          try {
            const releases = await ctx.client.releases(t.appId, {max: 5});
            const match = releases.find((r) => r && names(ctx.state(), sourceName, r));
            if (match) found[t.appId] = match.id;
          } catch {
            // Asked again on the next try; no trace yet is not a no.
          }
        }),
    );
    if (targets.every((t) => found[t.appId])) break;
  }
  if (Object.keys(found).length === 0) {
    const why = ` (${cause.replace(/\.$/, '')})`;
    ctx.dispatch({
      type: 'unknown',
      at: ctx.now(),
      message: `The promotion was sent and Heroku's answer was lost${why}: it may have been created, outcome unknown. Check with \`${followCommand(ctx.state())}\` before promoting again.`,
    });
    return false;
  }
  ctx.dispatch({type: 'found', at: ctx.now(), promotionId: null, releases: found});
  for (const [appId, releaseId] of Object.entries(found)) ctx.onRelease(appId, releaseId);
  return true;
}
