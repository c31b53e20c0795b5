import {describe, expect, it} from 'vitest';
import {
  HOURLY_LIMIT,
  IDLE_SHARE,
  REFILL_PER_MINUTE,
  observedCost,
  refreshPlan,
  type Spend,
} from '../../source/board/refresh-policy.js';

const HOUR = 3_600_000;

describe('the refresh policy', () => {
  it('keeps the asked interval while it spends less than the idle share', () => {
    expect(refreshPlan({requestedMs: 30_000, requestsPerRefresh: 3, remaining: 4400})).toEqual({
      intervalMs: 30_000,
      stretched: null,
    });
  });

  it('holds --refresh 1 to the idle share of the hourly limit in any hour, and says so', () => {
    // An hour of --refresh 1 at 3 requests a refresh, planned refresh by refresh.
    const spends: Spend[] = [];
    let now = 0;
    const stretched: string[] = [];
    while (now < 2 * HOUR) {
      const plan = refreshPlan({
        requestedMs: 1000,
        requestsPerRefresh: 3,
        remaining: 4400,
        spends,
        now,
      });
      if (plan.stretched) stretched.push(plan.stretched);
      now += plan.intervalMs;
      spends.push({at: now, cost: 3});
    }
    // No hour-long window holds more than the share.
    for (const s of spends) {
      const inWindow = spends.filter((t) => t.at >= s.at && t.at < s.at + HOUR);
      expect(inWindow.reduce((n, t) => n + t.cost, 0)).toBeLessThanOrEqual(
        HOURLY_LIMIT * IDLE_SHARE,
      );
    }
    expect(stretched[0]).toMatch(/^refresh every \d+[sm] \(API budget\)$/);
    // The first 150 refreshes come at the asked pace.
    expect(spends[149]!.at).toBe(150_000);
  });

  it('stretches further as RateLimit-Remaining falls below half', () => {
    const quarter = refreshPlan({requestedMs: 30_000, requestsPerRefresh: 3, remaining: 1125});
    expect(quarter.intervalMs).toBe(60_000);
    expect(quarter.stretched).toBe('refresh every 1m (API 1125 left)');
    const eighth = refreshPlan({requestedMs: 30_000, requestsPerRefresh: 3, remaining: 562});
    expect(eighth.intervalMs).toBeGreaterThan(quarter.intervalMs);
  });

  it('near the limit spends more slowly than the bucket refills, so the person keeps the rest', () => {
    for (const remaining of [0, 1, 50, 299, 1000, 2249]) {
      const plan = refreshPlan({requestedMs: 1000, requestsPerRefresh: 3, remaining});
      // Requests a minute the board spends, against the 75 a minute Heroku gives back.
      expect((3 * 60_000) / plan.intervalMs).toBeLessThan(REFILL_PER_MINUTE);
      expect(plan.stretched).toMatch(new RegExp(`\\(API ${remaining} left\\)$`));
    }
    expect(refreshPlan({requestedMs: 1000, requestsPerRefresh: 3, remaining: 0}).stretched).toBe(
      'refresh every 10m (API 0 left)',
    );
  });

  it('counts a refresh by the drop in RateLimit-Remaining, never below the floor', () => {
    expect(observedCost(4000, 3990, 3)).toBe(10);
    expect(observedCost(3990, 4000, 3)).toBe(3);
    expect(observedCost(null, 4000, 3)).toBe(3);
  });
});
