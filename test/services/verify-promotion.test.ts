import {afterEach, describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import type {LogSource} from '../../source/heroku/log-source.js';
import {
  herokuVerifyTargets,
  verifyPromotion,
  worstVerdict,
} from '../../source/services/verify-promotion.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {promoteToProduction} from '../simulator/log-helpers.js';

let sim: Simulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

function client(simulator: Simulator) {
  return new HerokuClient({
    apiUrl: simulator.url,
    token: simulator.token,
    retry: {limit: 0, baseDelayMs: 1},
  });
}

describe('verifyPromotion', () => {
  it('finds production failing after a promotion that makes it answer 5xx and H12', async () => {
    sim = await startSimulator({
      promotionStepMs: 20,
      logs: {scenario: 'failing-promotion', requestsPerSecond: 100},
    });
    const promotedAt = Date.now();
    await promoteToProduction(sim);
    const report = await verifyPromotion({
      targets: herokuVerifyTargets(client(sim), [{app: 'whitewave-prod', targetVersion: null}]),
      minutes: 1 / 60,
      promotedAt,
      checkEveryMs: 100,
    });
    expect(report.verdict).toBe('failing');
    const [target] = report.targets;
    expect(target!.verdict.verdict).toBe('failing');
    expect(target!.after.requests).toBeGreaterThan(20);
    expect(target!.before.requests).toBeGreaterThan(20);
    expect(target!.before.serverErrorShare).toBe(0);
    expect(target!.after.hErrors.map((h) => h.code)).toContain('H12');
    expect(target!.verdict.rule).toMatch(/H12|5xx share/);
  });

  it('finds a healthy app healthy, with figures before and after', async () => {
    sim = await startSimulator({logs: {requestsPerSecond: 100}});
    const report = await verifyPromotion({
      targets: herokuVerifyTargets(client(sim), [{app: 'whitewave-staging', targetVersion: null}]),
      minutes: 1 / 60,
      promotedAt: Date.now(),
      checkEveryMs: 100,
    });
    expect(report.verdict).toBe('healthy');
    const [target] = report.targets;
    expect(target!.verdict).toEqual({verdict: 'healthy', rule: 'no rule tripped'});
    expect(target!.before.requestsPerMinute).toBeGreaterThan(1000);
    expect(target!.after.requests).toBeGreaterThan(20);
    expect(target!.rollout?.complete).toBe(true);
  });

  it('stops early when asked to, once a target fails, on a fake clock', async () => {
    const promotedAt = 1_000_000;
    let clock = promotedAt + 10;
    const router = (ms: number) =>
      `${new Date(ms).toISOString().replace('Z', '000+00:00')} heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https`;
    const logs: LogSource = {
      start(handlers) {
        handlers.onLines([1, 2, 3].map((n) => router(promotedAt + n)));
        return {stop: () => undefined, done: Promise.resolve()};
      },
    };
    let slept = 0;
    const report = await verifyPromotion({
      targets: [{app: 'shop', logs, dynos: async () => [], targetVersion: null}],
      minutes: 5,
      promotedAt,
      now: () => clock,
      sleep: async (ms) => {
        slept += 1;
        clock += ms;
      },
      stopWhenFailing: true,
    });
    expect(slept).toBe(0);
    expect(report.targets[0]!.verdict).toEqual({
      verdict: 'failing',
      rule: '3 H12: at least 3 H10/H12 errors',
    });
  });

  it('reads the window at every check and ends early on its signal', async () => {
    const promotedAt = 1_000_000;
    let clock = promotedAt;
    const logs: LogSource = {
      start: () => ({stop: () => undefined, done: Promise.resolve()}),
    };
    let minutes = 1;
    const updates: number[] = [];
    const controller = new AbortController();
    const report = await verifyPromotion({
      targets: [{app: 'shop', logs, dynos: async () => [], targetVersion: null}],
      minutes: 1,
      windowMinutes: () => minutes,
      promotedAt,
      now: () => clock,
      checkEveryMs: 30_000,
      sleep: async (ms) => {
        clock += ms;
        // Made longer after the first check, then stopped at the third.
        minutes = 2;
        if (clock - promotedAt >= 90_000) controller.abort();
      },
      signal: controller.signal,
      onUpdate: (r) => updates.push(r.minutes),
    });
    expect(updates[0]).toBe(1);
    expect(updates.slice(1).every((m) => m === 2)).toBe(true);
    expect(report.minutes).toBe(2);
    // Past the first window's minute, and stopped before the second's end.
    expect(clock - promotedAt).toBe(90_000);
  });

  it('takes the worst verdict of all targets', () => {
    expect(worstVerdict(['healthy', 'degraded'])).toBe('degraded');
    expect(worstVerdict(['degraded', 'failing', 'healthy'])).toBe('failing');
    expect(worstVerdict([])).toBe('healthy');
  });
});
