import type {LogLine} from './log-line.js';
import type {Rollout} from './rollout.js';

// Is production still healthy after a promotion? Figures from the router lines of a window,
// compared with the same figures from the minutes before the promotion, and one verdict with
// the rule that decided it. The thresholds are documented in README (Logs and verification).

export const THRESHOLDS = {
  // Fewer requests than this in a window say too little for a share-based rule.
  minRequests: 20,
  failingServerErrorShare: 0.05, // 5xx share at or above: failing
  degradedShareRisePoints: 1, // 5xx share up by more than 1 percentage point: degraded
  burstCodes: ['H10', 'H12'] as readonly string[],
  burstCount: 3, // this many H10 or H12 in the window: failing
  p95Factor: 2, // p95 service time at least doubled: degraded
} as const;

export type Figures = {
  minutes: number;
  requests: number;
  requestsPerMinute: number;
  serverErrors: number;
  serverErrorShare: number; // 0..1; 0 without requests
  hErrors: Array<{code: string; count: number}>; // most frequent first
  p50ServiceMs: number | null;
  p95ServiceMs: number | null;
};

export type Verdict = {
  verdict: 'healthy' | 'degraded' | 'failing';
  rule: string; // the rule that decided it, in words
};

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

// Router lines whose time lies in [fromMs, toMs).
export function figuresOf(lines: Iterable<LogLine>, fromMs: number, toMs: number): Figures {
  let requests = 0;
  let serverErrors = 0;
  const codes = new Map<string, number>();
  const service: number[] = [];
  for (const line of lines) {
    const router = line.router;
    if (!router || line.timeMs === null || line.timeMs < fromMs || line.timeMs >= toMs) continue;
    requests += 1;
    if (router.status !== null && router.status >= 500) serverErrors += 1;
    if (router.code !== null) codes.set(router.code, (codes.get(router.code) ?? 0) + 1);
    if (router.serviceMs !== null) service.push(router.serviceMs);
  }
  service.sort((a, b) => a - b);
  const minutes = Math.max(0, toMs - fromMs) / 60_000;
  return {
    minutes,
    requests,
    requestsPerMinute: minutes > 0 ? requests / minutes : 0,
    serverErrors,
    serverErrorShare: requests > 0 ? serverErrors / requests : 0,
    hErrors: [...codes.entries()]
      .map(([code, count]) => ({code, count}))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    p50ServiceMs: percentile(service, 0.5),
    p95ServiceMs: percentile(service, 0.95),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function verdictOf(
  after: Figures,
  before: Figures | null,
  rollout: Rollout | null,
): Verdict {
  const t = THRESHOLDS;
  const crashed = rollout?.types.flatMap((type) => type.crashed) ?? [];
  if (crashed.length > 0) {
    return {verdict: 'failing', rule: `crashed dynos: ${crashed.join(', ')}`};
  }
  const burst = after.hErrors.filter((h) => t.burstCodes.includes(h.code));
  const burstTotal = burst.reduce((sum, h) => sum + h.count, 0);
  if (burstTotal >= t.burstCount) {
    const counted = burst.map((h) => `${h.count} ${h.code}`).join(', ');
    return {verdict: 'failing', rule: `${counted}: at least ${t.burstCount} H10/H12 errors`};
  }
  const enough = after.requests >= t.minRequests;
  if (enough && after.serverErrorShare >= t.failingServerErrorShare) {
    return {
      verdict: 'failing',
      rule: `5xx share ${percent(after.serverErrorShare)} >= ${percent(t.failingServerErrorShare)} of ${after.requests} requests`,
    };
  }
  if (enough && before && before.requests >= t.minRequests) {
    const rise = (after.serverErrorShare - before.serverErrorShare) * 100;
    if (rise > t.degradedShareRisePoints) {
      return {
        verdict: 'degraded',
        rule: `5xx share rose ${rise.toFixed(1)} points (${percent(before.serverErrorShare)} -> ${percent(after.serverErrorShare)})`,
      };
    }
    const was = before.p95ServiceMs;
    const now = after.p95ServiceMs;
    if (was !== null && now !== null && was > 0 && now >= was * t.p95Factor) {
      return {
        verdict: 'degraded',
        rule: `p95 service time ${Math.round(now)} ms is at least ${t.p95Factor}x the ${Math.round(was)} ms before`,
      };
    }
  }
  if (after.hErrors.length > 0) {
    const counted = after.hErrors.map((h) => `${h.count} ${h.code}`).join(', ');
    return {verdict: 'degraded', rule: `router errors: ${counted}`};
  }
  if (!enough) {
    return {
      verdict: 'healthy',
      rule: `no rule tripped; only ${after.requests} requests (share rules need ${t.minRequests})`,
    };
  }
  return {verdict: 'healthy', rule: 'no rule tripped'};
}
