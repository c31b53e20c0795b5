// How often the board may refresh itself without a person asking, so that an all-day
// session never spends more than a stated share of the account's Heroku API budget.
//
// Heroku gives an account 4,500 requests an hour (a bucket refilled at 75 a minute) and
// says how many are left in each answer's RateLimit-Remaining. The board's budget:
// - while idle it spends at most 10% of the hourly limit (450 requests) in any hour: the
//   refreshes of the last hour are counted, and once the next one would pass the share it
//   waits until enough of them are an hour old (with --refresh 1 and 3 requests a refresh,
//   150 quick refreshes, then one every 24 s);
// - as RateLimit-Remaining falls below half the limit, the interval stretches in
//   proportion (a quarter left: twice as long; an eighth: four times; 10 minutes at most).
//   Below half, the board then spends more slowly than the bucket refills (75 a minute),
//   so it never drains the rest: what the person asks for (a promotion's config
//   comparison, a diff, a refresh with r) still has requests to spend.

export const HOURLY_LIMIT = 4500;
export const REFILL_PER_MINUTE = 75;
export const IDLE_SHARE = 0.1;
const HALF = HOURLY_LIMIT / 2;
const MINUTE = 60_000;
// Never longer than this between refreshes while any budget is left.
const LONGEST_MS = 10 * MINUTE;

export type RefreshPlan = {
  intervalMs: number;
  // Why the interval is longer than asked, in a few words for the status line; null when not.
  stretched: string | null;
};

function words(ms: number): string {
  if (ms < MINUTE) return `${Math.round(ms / 1000)}s`;
  return `${Math.round(ms / MINUTE)}m`;
}

const HOUR = 3_600_000;
export const IDLE_BUDGET = HOURLY_LIMIT * IDLE_SHARE;

// A background refresh the board made: when, and how many requests it cost.
export type Spend = {at: number; cost: number};

// The refreshes still inside the last hour.
export function recentSpends(spends: readonly Spend[], now: number): Spend[] {
  return spends.filter((s) => now - s.at < HOUR);
}

// How long from `now` until a refresh of `cost` keeps the last hour within the idle share.
function shareWaitMs(spends: readonly Spend[], now: number, cost: number): number {
  const recent = recentSpends(spends, now).sort((a, b) => a.at - b.at);
  let spent = recent.reduce((n, s) => n + s.cost, 0);
  if (spent + cost <= IDLE_BUDGET) return 0;
  for (const s of recent) {
    spent -= s.cost;
    if (spent + cost <= IDLE_BUDGET) return s.at + HOUR - now;
  }
  return 0;
}

// `requestedMs`: the --refresh interval; `requestsPerRefresh`: what a refresh costs (an idle
// one is answered 304 and costs little, but Heroku counts it); `remaining`: the last
// RateLimit-Remaining seen, null when unknown; `spends`: the background refreshes so far.
export function refreshPlan(input: {
  requestedMs: number;
  requestsPerRefresh: number;
  remaining: number | null;
  spends?: readonly Spend[];
  now?: number;
}): RefreshPlan {
  const cost = Math.max(1, input.requestsPerRefresh);
  const shareMs = shareWaitMs(input.spends ?? [], input.now ?? 0, cost);
  let interval = Math.max(input.requestedMs, shareMs);
  let why: string | null = interval > input.requestedMs ? 'API budget' : null;
  const left = input.remaining;
  if (left !== null && left < HALF) {
    // Never faster than the bucket refills, scaled by how low it is.
    const refillPace = (cost * MINUTE) / REFILL_PER_MINUTE;
    const scale = HALF / Math.max(1, left);
    const stretch = Math.min(LONGEST_MS, Math.ceil(Math.max(interval, refillPace) * scale));
    interval = Math.max(interval, stretch);
  }
  if (left !== null && left < HALF && interval > input.requestedMs) why = `API ${left} left`;
  if (interval <= input.requestedMs) return {intervalMs: input.requestedMs, stretched: null};
  return {intervalMs: interval, stretched: `refresh every ${words(interval)} (${why})`};
}

// What a refresh cost, from the drop in RateLimit-Remaining across it; the bucket refills
// meanwhile, so the drop can understate: never less than the `floor` an idle refresh asks.
export function observedCost(before: number | null, after: number | null, floor: number): number {
  if (before === null || after === null) return floor;
  return Math.max(floor, before - after);
}
