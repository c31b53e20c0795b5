import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Board} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';
import type {LoadReason} from '../../contract/services.js';
import {useAsync} from './useAsync.js';
import {useLatest} from './useLatest.js';
import {observedCost, recentSpends, refreshPlan, type Spend} from '../../board/refresh-policy.js';

// What an idle refresh asks of Heroku at least (three conditional requests).
const IDLE_REFRESH_REQUESTS = 3;

// What is known about the board's loading; the board itself goes to `onBoard`, to be held
// in one place (the board's reducer).
export type BoardData = {
  rateLimitRemaining: number | null;
  // When the board last came back from Heroku (changed or not).
  lastRefreshAt: number | null;
  // The first load has not finished yet.
  loading: boolean;
  refreshing: boolean;
  // The last load failed: the board shown (if any) is stale.
  error: string | null;
  nextRetryAt: number | null;
  // Set while the auto-refresh is stretched to keep within the API budget (refresh-policy.ts).
  throttle: string | null;
};

const INITIAL: BoardData = {
  throttle: null,
  rateLimitRemaining: null,
  lastRefreshAt: null,
  loading: true,
  refreshing: true,
  error: null,
  nextRetryAt: null,
};

const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 60_000;

// Waits between retries after `failures` failed loads in a row: doubling from a few
// seconds (or the refresh interval when that is shorter), never past a minute or the
// refresh interval, whichever is longer.
function retryDelayMs(failures: number, refreshMs: number): number {
  const first = refreshMs > 0 ? Math.min(refreshMs, FIRST_RETRY_MS) : FIRST_RETRY_MS;
  const longest = Math.max(refreshMs, LONGEST_RETRY_MS);
  return Math.min(longest, first * 2 ** Math.max(0, failures - 1));
}

// One load's account: what the status line shows until the next one lands, and when the
// next one is due (null: only on request).
type Loaded = Omit<BoardData, 'loading' | 'refreshing'> & {nextInMs: number | null};

// Loads the board, refreshes it every `refreshSeconds` (0: only on request) and, when a
// load fails, keeps the last board, reports the error and retries with backoff. Each new
// board (a first one, or one Heroku says changed) is handed to `onBoard` as it arrives;
// an unchanged answer keeps the board object, so nothing below it re-renders.
export function useBoardData(
  pipelineId: string,
  refreshSeconds: number,
  onBoard: (board: Board) => void,
): BoardData & {refresh: () => void} {
  const services = useServices();
  const refreshMs = Math.max(0, refreshSeconds * 1000);
  const latestOnBoard = useLatest(onBoard);
  // Carried from load to load: the status line keeps the last known figures through failures.
  const known = useRef({
    hasBoard: false,
    failures: 0,
    rateLimitRemaining: null as number | null,
    lastRefreshAt: null as number | null,
    // The background refreshes of the last hour, for the idle budget.
    spends: [] as Spend[],
  });
  // A load is asked for or on its way: another request waits for it to land.
  const busy = useRef(true);
  const reason = useRef<LoadReason>('initial');

  const answer = useAsync(pipelineId, async (signal): Promise<Loaded | null> => {
    const seen = known.current;
    const account = (error: string | null, nextRetryAt: number | null) => ({
      rateLimitRemaining: seen.rateLimitRemaining,
      lastRefreshAt: seen.lastRefreshAt,
      error,
      nextRetryAt,
      throttle: null as string | null,
    });
    const before = seen.rateLimitRemaining;
    const background = reason.current === 'auto';
    try {
      const result = await services.loadBoard(pipelineId, reason.current);
      if (signal.aborted) return null;
      if (result.changed || !seen.hasBoard) latestOnBoard.current(result.board);
      seen.hasBoard = true;
      seen.failures = 0;
      seen.rateLimitRemaining = result.rateLimitRemaining ?? seen.rateLimitRemaining;
      seen.lastRefreshAt = services.now();
      if (refreshMs === 0) return {...account(null, null), nextInMs: null};
      // A background refresh is measured by what it spent; other loads by an idle one's cost.
      const cost = background
        ? observedCost(before, seen.rateLimitRemaining, IDLE_REFRESH_REQUESTS)
        : IDLE_REFRESH_REQUESTS;
      const now = services.now();
      if (background) seen.spends = [...recentSpends(seen.spends, now), {at: now, cost}];
      const plan = refreshPlan({
        requestedMs: refreshMs,
        requestsPerRefresh: cost,
        remaining: seen.rateLimitRemaining,
        spends: seen.spends,
        now,
      });
      return {...account(null, null), throttle: plan.stretched, nextInMs: plan.intervalMs};
    } catch (error) {
      if (signal.aborted) return null;
      seen.failures += 1;
      // With auto-refresh off nothing runs in the background, except to get a first board.
      // Heroku's Retry-After (a rate limit) is never tried sooner than it asked.
      const asked = (error as {retryAfterMs?: unknown} | null)?.retryAfterMs;
      const wait = Math.max(
        retryDelayMs(seen.failures, refreshMs),
        typeof asked === 'number' ? asked : 0,
      );
      const next = refreshMs > 0 || !seen.hasBoard ? wait : null;
      const retryAt = next === null ? null : services.now() + next;
      return {...account(errorSentence(error), retryAt), nextInMs: next};
    } finally {
      if (!signal.aborted) busy.current = false;
    }
  });

  // A background refresh is not announced: no spinner, so one that changes nothing draws
  // at most the new refresh time, not a frame per spinner step.
  const [background, setBackground] = useState(false);
  const {reload} = answer;
  const loadNow = useCallback(
    (later: LoadReason) => {
      // r during a background refresh waits for it, and shows that it does.
      if (busy.current) {
        if (later === 'manual') setBackground(false);
        return;
      }
      busy.current = true;
      reason.current = known.current.hasBoard ? later : 'initial';
      setBackground(reason.current === 'auto');
      reload();
    },
    [reload],
  );

  // The next load is timed from the last answer; a load started meanwhile cancels it.
  const settled = answer.status === 'done' && !answer.reloading ? answer.value : null;
  useEffect(() => {
    if (settled?.nextInMs == null) return;
    const timer = setTimeout(() => loadNow('auto'), settled.nextInMs);
    return () => clearTimeout(timer);
  }, [settled, loadNow]);

  const refresh = useCallback(() => loadNow('manual'), [loadNow]);
  return useMemo(() => {
    if (answer.status !== 'done' || !answer.value) return {...INITIAL, refresh};
    const {nextInMs: _next, ...shown} = answer.value;
    return {...shown, loading: false, refreshing: answer.reloading && !background, refresh};
  }, [answer, background, refresh]);
}
