import {describe, expect, it} from 'vitest';
import {parseLogLine} from '../../source/board/log-line.js';
import {dynoRollout, rolloutSummary} from '../../source/board/rollout.js';
import {figuresOf, verdictOf, type Figures} from '../../source/board/verification.js';

const T0 = Date.parse('2026-12-03T10:00:00Z');

function routerLine(atMs: number, status: number, serviceMs: number, code?: string) {
  const ts = new Date(atMs).toISOString().replace('Z', '000+00:00');
  const head = code ? `at=error code=${code} desc="x"` : 'at=info';
  return parseLogLine(
    `${ts} heroku[router]: ${head} method=GET path="/" dyno=web.1 connect=0ms service=${serviceMs}ms status=${status} bytes=10 protocol=https`,
  );
}

function figures(partial: Partial<Figures>): Figures {
  return {
    minutes: 5,
    requests: 100,
    requestsPerMinute: 20,
    serverErrors: 0,
    serverErrorShare: 0,
    hErrors: [],
    p50ServiceMs: 40,
    p95ServiceMs: 100,
    ...partial,
  };
}

describe('verification figures', () => {
  it('counts requests per minute, 5xx share, H codes and service percentiles in the window', () => {
    const lines = [
      ...Array.from({length: 18}, (_, i) => routerLine(T0 + i * 1000, 200, 10 + i)),
      routerLine(T0 + 20_000, 500, 50),
      routerLine(T0 + 21_000, 503, 30000, 'H12'),
      routerLine(T0 - 1, 500, 1), // before the window
      routerLine(T0 + 60_000, 500, 1), // after it
      parseLogLine('2026-12-03T10:00:01.000000+00:00 app[web.1]: not a router line'),
    ];
    const f = figuresOf(lines, T0, T0 + 60_000);
    expect(f.requests).toBe(20);
    expect(f.requestsPerMinute).toBe(20);
    expect(f.serverErrors).toBe(2);
    expect(f.serverErrorShare).toBeCloseTo(0.1);
    expect(f.hErrors).toEqual([{code: 'H12', count: 1}]);
    expect(f.p50ServiceMs).toBe(19);
    expect(f.p95ServiceMs).toBe(50);
  });

  it('gives empty figures for a window without requests', () => {
    const f = figuresOf([], T0, T0 + 120_000);
    expect(f).toMatchObject({requests: 0, requestsPerMinute: 0, serverErrorShare: 0});
    expect(f.p95ServiceMs).toBeNull();
  });
});

describe('the verdict', () => {
  const before = figures({});
  it('is healthy when no rule trips', () => {
    expect(verdictOf(figures({}), before, null)).toEqual({
      verdict: 'healthy',
      rule: 'no rule tripped',
    });
  });
  it('fails on a 5xx share of 5% or more with enough requests', () => {
    const v = verdictOf(figures({serverErrorShare: 0.05, serverErrors: 5}), before, null);
    expect(v).toEqual({verdict: 'failing', rule: '5xx share 5.0% >= 5.0% of 100 requests'});
  });
  it('does not judge a share on too few requests', () => {
    const v = verdictOf(figures({requests: 10, serverErrorShare: 0.5}), before, null);
    expect(v.verdict).toBe('healthy');
    expect(v.rule).toContain('only 10 requests');
  });
  it('fails on three H10 or H12 errors, whatever the traffic', () => {
    const v = verdictOf(figures({requests: 3, hErrors: [{code: 'H12', count: 3}]}), null, null);
    expect(v).toEqual({verdict: 'failing', rule: '3 H12: at least 3 H10/H12 errors'});
  });
  it('fails on a crashed dyno', () => {
    const rollout = dynoRollout(
      [{name: 'web.2', type: 'web', state: 'crashed', release: {id: 'r', version: 7}}],
      7,
    );
    expect(verdictOf(figures({}), before, rollout)).toEqual({
      verdict: 'failing',
      rule: 'crashed dynos: web.2',
    });
  });
  it('is degraded when the 5xx share rises by more than one point', () => {
    const v = verdictOf(figures({serverErrorShare: 0.03}), figures({serverErrorShare: 0.01}), null);
    expect(v).toEqual({verdict: 'degraded', rule: '5xx share rose 2.0 points (1.0% -> 3.0%)'});
  });
  it('is degraded when p95 doubles', () => {
    const v = verdictOf(figures({p95ServiceMs: 200}), before, null);
    expect(v).toEqual({
      verdict: 'degraded',
      rule: 'p95 service time 200 ms is at least 2x the 100 ms before',
    });
  });
  it('is degraded by any other router error', () => {
    const v = verdictOf(figures({hErrors: [{code: 'H13', count: 1}]}), before, null);
    expect(v).toEqual({verdict: 'degraded', rule: 'router errors: 1 H13'});
  });
});

describe('dyno rollout', () => {
  it('says how many dynos of each type run the new release and calls out trouble', () => {
    const rollout = dynoRollout(
      [
        {name: 'web.1', type: 'web', state: 'up', release: {id: 'a', version: 17}},
        {name: 'web.2', type: 'web', state: 'starting', release: {id: 'b', version: 16}},
        {name: 'web.3', type: 'web', state: 'up', release: {id: 'a', version: 17}},
        {name: 'worker.1', type: 'worker', state: 'crashed', release: {id: 'a', version: 17}},
      ],
      17,
    );
    expect(rolloutSummary(rollout)).toBe(
      'web 2/3 on v17 (web.2 restarting), worker 1/1 on v17 (worker.1 crashed)',
    );
    expect(rollout.complete).toBe(false);
  });
  it('takes the newest release when none is named and is complete when all run it', () => {
    const rollout = dynoRollout(
      [{name: 'web.1', type: 'web', state: 'up', release: {id: 'a', version: 4}}],
      null,
    );
    expect(rolloutSummary(rollout)).toBe('web 1/1 on v4');
    expect(rollout.complete).toBe(true);
    expect(rolloutSummary(dynoRollout([], null))).toBe('no dynos');
  });
});
