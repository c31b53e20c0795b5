import type {HerokuClient} from '../heroku/client.js';
import {TwoFactorRequiredError, describeError, writeMayHaveLanded} from '../heroku/errors.js';
import {sleep} from '../heroku/retry.js';
import {findLostPromotion, watchPromotion, type WatchContext} from './promotion-watch.js';
import {selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {
  initialProgress,
  isSettled,
  progressReducer,
  type ProgressEvent,
  type PromotionProgress,
} from '../board/promotion-progress.js';
import type {PromotionRun} from '../ui/promote/promotion-services.js';

export type RunnerOptions = {
  // How often the targets are asked for (the official CLI: every second).
  pollIntervalMs?: number;
  // When to stop waiting for targets that stay pending.
  timeoutMs?: number;
  // A release's output URL answers 404 until the release phase starts: retried this often.
  streamRetryMs?: number;
  streamRetries?: number;
  // Longest pause between two polls while Heroku does not answer.
  maxBackoffMs?: number;
  // After a lost POST answer: the first wait before looking for the promotion, and tries.
  searchIntervalMs?: number;
  searchAttempts?: number;
  // How often elapsed times move on while nothing else happens.
  tickMs?: number;
  // After the last target settled, how long late release output is still waited for.
  outputGraceMs?: number;
  now?: () => number;
};

const DEFAULTS = {
  pollIntervalMs: 1000,
  timeoutMs: 10 * 60_000,
  streamRetryMs: 1000,
  streamRetries: 15,
  maxBackoffMs: 15_000,
  searchIntervalMs: 1000,
  searchAttempts: 5,
  tickMs: 1000,
  outputGraceMs: 10_000,
};

export function runPromotion(
  client: HerokuClient,
  plan: PromotionPlan,
  options: RunnerOptions = {},
): PromotionRun {
  const settings = {...DEFAULTS, ...options};
  const now = options.now ?? Date.now;
  const release = plan.source.release;
  if (!release) throw new Error('A promotion plan without a release cannot be run.');
  const targets = selectedTargets(plan);
  let state = initialProgress({
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
  });
  const listeners = new Set<(progress: PromotionProgress) => void>();
  const streams: Array<Promise<void>> = [];
  const streaming = new Set<string>();
  // Set once the run is over: output still missing by then is not waited for any more.
  let finished = false;
  let resolveSettled: (progress: PromotionProgress) => void = () => {};
  const settled = new Promise<PromotionProgress>((resolve) => (resolveSettled = resolve));

  function dispatch(event: ProgressEvent) {
    const next = progressReducer(state, event);
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  }

  // Late release output is waited for a little; the timer must not outlive the streams,
  // or a finished `promote` would linger until it fires.
  async function finish() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, settings.outputGraceMs);
    });
    clearInterval(ticker);
    await Promise.race([Promise.allSettled(streams), grace]);
    clearTimeout(timer);
    finished = true;
    resolveSettled(state);
  }

  const ticker = setInterval(() => dispatch({type: 'tick', at: now()}), settings.tickMs);
  ticker.unref?.();

  const watch: WatchContext = {
    client,
    settings,
    now,
    state: () => state,
    dispatch,
    settled: () => isSettled(state),
    onRelease(appId, releaseId) {
      if (streaming.has(appId)) return;
      streaming.add(appId);
      streams.push(stream(appId, releaseId));
    },
  };

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
      if (writeMayHaveLanded(error)) {
        // Never guessed: looked for on the targets before anything is said.
        dispatch({
          type: 'searching',
          at: now(),
          message: `${describeError(error)} The promotion may have been created: looking for it on the targets…`,
        });
        const cause = describeError(error);
        if (await findLostPromotion(watch, plan.source.app.name, cause))
          await watchPromotion(watch);
      } else {
        const message =
          error instanceof TwoFactorRequiredError
            ? 'Heroku did not accept the two-factor code: no promotion was created.'
            : describeError(error);
        dispatch({type: 'failed', at: now(), message});
      }
    }
    if (isSettled(state)) await finish();
  }

  // The release-phase output of one target's new release. Output is a bonus: a failure
  // to read it never changes the promotion's result.
  async function stream(appId: string, releaseId: string) {
    try {
      const wire = await client.release(appId, releaseId);
      dispatch({type: 'release', appId, releaseId, version: wire.version});
      const url = wire.output_stream_url;
      if (!url) return;
      for (let attempt = 0; attempt <= settings.streamRetries && !finished; attempt++) {
        const text = await client.readOutputStream(url);
        if (text !== null) {
          dispatch({type: 'output', appId, text});
          return;
        }
        await sleep(settings.streamRetryMs);
      }
    } catch {
      // Nothing to show; the target's own status says how it went.
    }
  }

  void send();

  return {
    progress: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    submitTwoFactorCode(code) {
      const trimmed = code.trim();
      if (state.phase !== 'two-factor' || state.twoFactorSent || trimmed === '') return;
      void send(trimmed);
    },
    cancelTwoFactor() {
      if (state.phase !== 'two-factor') return;
      dispatch({type: 'failed', at: now(), message: 'Cancelled: no promotion was created.'});
      void finish();
    },
    settled,
  };
}
