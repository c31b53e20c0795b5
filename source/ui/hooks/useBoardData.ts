import {useCallback, useEffect, useRef, useState} from 'react';
import type {Board} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices, type LoadReason} from '../services.js';

export type BoardData = {
  board: Board | null;
  rateLimitRemaining: number | null;
  // When the board last came back from Heroku (changed or not).
  lastRefreshAt: number | null;
  // The first load has not finished yet.
  loading: boolean;
  refreshing: boolean;
  // The last load failed: the board shown (if any) is stale.
  error: string | null;
  nextRetryAt: number | null;
};

const INITIAL: BoardData = {
  board: null,
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

// Loads the board, refreshes it every `refreshSeconds` (0: only on request) and, when a
// load fails, keeps the last board, reports the error and retries with backoff.
export function useBoardData(
  pipelineId: string,
  refreshSeconds: number,
): BoardData & {refresh: () => void} {
  const services = useServices();
  const [data, setData] = useState<BoardData>(INITIAL);
  const manual = useRef<() => void>(() => {});
  const refreshMs = Math.max(0, refreshSeconds * 1000);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inFlight = false;
    let failures = 0;
    let hasBoard = false;

    const schedule = (delay: number | null) => {
      if (timer) clearTimeout(timer);
      timer =
        delay === null || cancelled
          ? null
          : setTimeout(() => void load(hasBoard ? 'auto' : 'initial'), delay);
    };

    const load = async (reason: LoadReason) => {
      if (inFlight || cancelled) return;
      inFlight = true;
      schedule(null);
      setData((previous) => (previous.refreshing ? previous : {...previous, refreshing: true}));
      let next: number | null;
      try {
        const result = await services.loadBoard(pipelineId, reason);
        if (cancelled) return;
        failures = 0;
        hasBoard = true;
        const at = services.now();
        setData((previous) => ({
          // An unchanged answer keeps the board object, so nothing below it re-renders.
          board: result.changed || !previous.board ? result.board : previous.board,
          rateLimitRemaining: result.rateLimitRemaining ?? previous.rateLimitRemaining,
          lastRefreshAt: at,
          loading: false,
          refreshing: false,
          error: null,
          nextRetryAt: null,
        }));
        next = refreshMs > 0 ? refreshMs : null;
      } catch (error) {
        if (cancelled) return;
        failures += 1;
        // With auto-refresh off nothing runs in the background, except to get a first board.
        // Heroku's Retry-After (a rate limit) is never tried sooner than it asked.
        const asked = (error as {retryAfterMs?: unknown} | null)?.retryAfterMs;
        const wait = Math.max(
          retryDelayMs(failures, refreshMs),
          typeof asked === 'number' ? asked : 0,
        );
        next = refreshMs > 0 || !hasBoard ? wait : null;
        const retryAt = next === null ? null : services.now() + next;
        setData((previous) => ({
          ...previous,
          loading: false,
          refreshing: false,
          error: errorSentence(error),
          nextRetryAt: retryAt,
        }));
      } finally {
        inFlight = false;
      }
      schedule(next);
    };

    manual.current = () => void load(hasBoard ? 'manual' : 'initial');
    void load('initial');
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [services, pipelineId, refreshMs]);

  const refresh = useCallback(() => manual.current(), []);
  return {...data, refresh};
}
