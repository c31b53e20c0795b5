import {afterEach, describe, expect, it} from 'vitest';
import {dynoRollout} from '../../../source/board/rollout.js';
import type {Figures} from '../../../source/board/verification.js';
import {VerificationPanel} from '../../../source/ui/logs/VerificationPanel.js';
import type {VerificationTarget} from '../../../source/ui/logs/verification-rows.js';
import {plain, renderAt, unmountAll} from '../helpers.js';

afterEach(() => unmountAll());

const figures = (partial: Partial<Figures>): Figures => ({
  minutes: 5,
  requests: 1200,
  requestsPerMinute: 240,
  serverErrors: 0,
  serverErrorShare: 0,
  hErrors: [],
  p50ServiceMs: 42,
  p95ServiceMs: 140,
  ...partial,
});

const failing: VerificationTarget = {
  app: 'shop-prod',
  before: figures({}),
  after: figures({
    requestsPerMinute: 236,
    serverErrorShare: 0.12,
    hErrors: [{code: 'H12', count: 14}],
    p95ServiceMs: 30000,
  }),
  rollout: dynoRollout(
    [
      {name: 'web.1', type: 'web', state: 'up', release: {id: 'a', version: 17}},
      {name: 'web.2', type: 'web', state: 'starting', release: {id: 'b', version: 16}},
    ],
    17,
  ),
  verdict: {verdict: 'failing', rule: '14 H12: at least 3 H10/H12 errors'},
};

const healthy: VerificationTarget = {
  app: 'shop-prod-eu',
  before: figures({}),
  after: figures({}),
  rollout: dynoRollout(
    [{name: 'web.1', type: 'web', state: 'up', release: {id: 'a', version: 9}}],
    9,
  ),
  verdict: {verdict: 'healthy', rule: 'no rule tripped'},
};

function draw(targets: VerificationTarget[], columns: number, rows: number) {
  const ui = renderAt(
    <VerificationPanel
      targets={targets}
      minutes={5}
      elapsedMinutes={2}
      width={columns}
      height={rows}
      rollbackHint="press b, then type the app's name"
    />,
    {columns, rows},
  );
  return plain(ui.lastFrame());
}

describe('VerificationPanel', () => {
  it('shows each figure before and after, the rollout, the verdict with its rule and rollback', () => {
    const frame = draw([failing], 80, 24);
    expect(frame).toContain('Verification · 2.0 of 5 min since the promotion');
    expect(frame).toContain('shop-prod FAILING 14 H12: at least 3 H10/H12 errors');
    expect(frame).toMatch(/requests\/min\s+240\s+236/);
    expect(frame).toMatch(/5xx share\s+0\.0%\s+12\.0%/);
    expect(frame).toMatch(/p95 service\s+140 ms\s+30000 ms/);
    expect(frame).toMatch(/H errors\s+none\s+H12 x14/);
    expect(frame).toContain('rollout web 1/2 on v17 (web.2 restarting) (rolling out)');
    expect(frame).toContain("Rollback is one key away: press b, then type the app's name.");
  });

  it('keeps verdicts, rollouts and the rollback hint of two targets in a short terminal', () => {
    const frame = draw([failing, healthy], 60, 8);
    expect(frame).toContain('shop-prod FAILING');
    expect(frame).toContain('shop-prod-eu HEALTHY no rule tripped');
    expect(frame).toContain('rollout web 1/1 on v9');
    expect(frame).toContain('Rollback is one key away');
    expect(frame).not.toContain('requests/min');
  });

  it('fits a narrow terminal without a line wider than it', () => {
    const frame = draw([failing], 40, 20);
    for (const row of frame.split('\n')) expect([...row].length).toBeLessThanOrEqual(40);
    expect(frame).toContain('FAILING');
  });
});
