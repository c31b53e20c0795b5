// When a failed GET is worth another try, and how long to wait first.

export type RetryPolicy = {limit: number; baseDelayMs: number};

export const DEFAULT_RETRY: RetryPolicy = {limit: 3, baseDelayMs: 300};

// Waiting longer than this for a rate limit would freeze the screen; the error is shown
// instead and the next refresh tries again.
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

const MAX_BACKOFF_MS = 8_000;

export type Failure =
  {kind: 'network'} | {kind: 'status'; status: number; retryAfter: string | null};

// attempt counts the retries already made (0 before the first retry). null: do not retry.
export function retryDelay(
  failure: Failure,
  attempt: number,
  policy: RetryPolicy,
  now = Date.now(),
): number | null {
  if (attempt >= policy.limit) return null;
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, MAX_BACKOFF_MS);
  if (failure.kind === 'network') return backoff;
  if (failure.status >= 500) return backoff;
  if (failure.status !== 429) return null;
  // The bucket refills slowly: a rate limit waits four times the usual backoff.
  const wanted = Math.max(backoff * 4, parseRetryAfter(failure.retryAfter, now) ?? 0);
  return wanted > MAX_RATE_LIMIT_WAIT_MS ? null : wanted;
}

// Retry-After is either seconds or an HTTP date.
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
