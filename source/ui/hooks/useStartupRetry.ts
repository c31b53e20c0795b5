import {useCallback, useEffect, useRef, useState} from 'react';
import {useServices} from '../services.js';

// A failure before the board exists (the pipeline could not be looked up) is retried like a
// failed refresh: doubling waits from 2 s up to a minute, never sooner than a Retry-After,
// and `r` retries at once. A lookup Heroku answered (no such pipeline) is not retried.

const FIRST_MS = 2000;
const LONGEST_MS = 60_000;

export function worthRetrying(error: unknown): boolean {
  const name = (error as {name?: unknown} | null)?.name;
  return name !== 'NotFoundError' && name !== 'UnauthorizedError' && name !== 'ConfigError';
}

export function startupRetryDelay(failures: number, error: unknown): number {
  const asked = (error as {retryAfterMs?: unknown} | null)?.retryAfterMs;
  const backoff = Math.min(LONGEST_MS, FIRST_MS * 2 ** Math.max(0, failures - 1));
  return Math.max(backoff, typeof asked === 'number' ? asked : 0);
}

// `attempt` changes on every try; `failed` schedules the next one and returns when it is.
export function useStartupRetry() {
  const services = useServices();
  const [attempt, setAttempt] = useState(0);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const retryNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setAttempt((n) => n + 1);
  }, []);

  const failed = useCallback(
    (error: unknown): number | null => {
      if (!worthRetrying(error)) return null;
      failures.current += 1;
      const delay = startupRetryDelay(failures.current, error);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(retryNow, delay);
      return services.now() + delay;
    },
    [services, retryNow],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {attempt, failed, retryNow};
}
