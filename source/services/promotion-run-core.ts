import type {HerokuClient} from '../heroku/client.js';
import {sleep} from '../heroku/retry.js';
import {isSettled, progressReducer} from '../board/promotion-progress.js';
import type {ProgressEvent, PromotionProgress} from '../board/promotion-progress.js';
import type {PromotionRun} from '../contract/promotion.js';
import type {WatchContext, WatchSettings} from './promotion-watch.js';

// The state, listeners, clock and release output of one watched promotion, shared by a
// promotion sent here and one followed by its id.

export type RunnerOptions = {
  // How often the targets are asked for (the official CLI: every second).
  pollIntervalMs?: number;
  // When to stop waiting for targets that stay pending; by default never (as the official
  // CLI): a promotion is followed until it settles, and giving up is the person's choice.
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
  // Sent with the first request (a script's --two-factor-code), not asked for after.
  twoFactorCode?: string;
};

const DEFAULTS = {
  pollIntervalMs: 1000,
  timeoutMs: Number.POSITIVE_INFINITY,
  streamRetryMs: 1000,
  streamRetries: 15,
  maxBackoffMs: 15_000,
  searchIntervalMs: 1000,
  searchAttempts: 5,
  tickMs: 1000,
  outputGraceMs: 10_000,
};

export type RunCore = {
  watch: WatchContext;
  dispatch: (event: ProgressEvent) => void;
  state: () => PromotionProgress;
  now: () => number;
  finish: () => Promise<void>;
  // The PromotionRun without the two-factor answers, which only a sent promotion has.
  run: Pick<PromotionRun, 'progress' | 'subscribe' | 'settled'>;
};

export function createRunCore(
  client: HerokuClient,
  initial: PromotionProgress,
  options: RunnerOptions,
): RunCore {
  const settings: WatchSettings & typeof DEFAULTS = {...DEFAULTS, ...options};
  const now = options.now ?? Date.now;
  let state = initial;
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

  // Elapsed times move on while the POST or a poll hangs; unref'd, so it keeps no process up.
  const ticker = setInterval(() => dispatch({type: 'tick', at: now()}), settings.tickMs);
  ticker.unref?.();

  // Late release output is waited for a little; the timer must not outlive the streams,
  // or a finished `promote` would linger until it fires.
  async function finish() {
    clearInterval(ticker);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, settings.outputGraceMs);
    });
    await Promise.race([Promise.allSettled(streams), grace]);
    clearTimeout(timer);
    finished = true;
    resolveSettled(state);
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

  return {
    watch,
    dispatch,
    state: () => state,
    now,
    finish,
    run: {
      progress: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      settled,
    },
  };
}
