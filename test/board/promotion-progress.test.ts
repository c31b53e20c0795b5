import {describe, expect, it} from 'vitest';
import {
  MAX_OUTPUT_LINES,
  elapsedMs,
  formatElapsed,
  initialProgress,
  isSettled,
  progressReducer,
  progressSucceeded,
  type ProgressEvent,
  type PromotionProgress,
} from '../../source/board/promotion-progress.js';

function start(): PromotionProgress {
  return initialProgress({
    source: {appId: 's', name: 'whitewave-staging', releaseId: 'r1', version: 42, sha: 'abc'},
    pipelineName: 'whitewave',
    targets: [
      {appId: 'a', name: 'whitewave-prod'},
      {appId: 'b', name: 'whitewave-prod-eu'},
    ],
    at: 1000,
  });
}

const run = (events: ProgressEvent[], from = start()) => events.reduce(progressReducer, from);

const targets = (
  at: number,
  a: string,
  b: string,
  message: string | null = null,
): ProgressEvent => ({
  type: 'targets',
  at,
  targets: [
    {appId: 'a', status: a as 'pending', errorMessage: null, releaseId: 'ra'},
    {appId: 'b', status: b as 'pending', errorMessage: message, releaseId: null},
  ],
});

describe('progressReducer', () => {
  it('follows a promotion from the POST to every target succeeding', () => {
    const done = run([
      {type: 'sending', at: 1000, withCode: false},
      {type: 'created', at: 1100, promotionId: 'promo'},
      targets(2000, 'pending', 'pending'),
      {type: 'release', appId: 'a', releaseId: 'ra', version: 58},
      targets(3000, 'succeeded', 'pending'),
      targets(4500, 'succeeded', 'succeeded'),
    ]);
    expect(done.phase).toBe('finished');
    expect(done.promotionId).toBe('promo');
    expect(done.targets.map((t) => [t.status, t.finishedAt])).toEqual([
      ['succeeded', 3000],
      ['succeeded', 4500],
    ]);
    expect(done.targets[0]!.releaseVersion).toBe(58);
    expect(elapsedMs(done, done.targets[0])).toBe(2000);
    expect(elapsedMs(done)).toBe(3500);
    expect(progressSucceeded(done)).toBe(true);
    expect(isSettled(done)).toBe(true);
  });

  it("keeps a failed target's message, sanitised, and is not a success", () => {
    const done = run([
      {type: 'created', at: 1100, promotionId: 'promo'},
      targets(2000, 'succeeded', 'failed', 'release command failed\u001b[2J'),
    ]);
    expect(done.phase).toBe('finished');
    expect(done.targets[1]).toMatchObject({
      status: 'failed',
      errorMessage: 'release command failed',
    });
    expect(progressSucceeded(done)).toBe(false);
  });

  it('asks for a code, remembers that one was sent, and ignores events once settled', () => {
    const asked = run([
      {type: 'sending', at: 1000, withCode: false},
      {type: 'two-factor-required', at: 1050, message: 'Two-factor code required.'},
    ]);
    expect(asked.phase).toBe('two-factor');
    expect(asked.message).toBe('Two-factor code required.');
    expect(isSettled(asked)).toBe(false);
    const resent = progressReducer(asked, {type: 'sending', at: 2000, withCode: true});
    expect(resent.twoFactorSent).toBe(true);
    const failed = progressReducer(resent, {type: 'failed', at: 2100, message: 'Wrong code.'});
    expect(failed.phase).toBe('failed');
    expect(progressReducer(failed, {type: 'tick', at: 9000})).toBe(failed);
    expect(progressReducer(failed, targets(9000, 'succeeded', 'succeeded'))).toBe(failed);
  });

  it('marks pending targets timed out', () => {
    const timedOut = run([
      {type: 'created', at: 1100, promotionId: 'promo'},
      targets(2000, 'succeeded', 'pending'),
      {type: 'timed-out', at: 601_000},
    ]);
    expect(timedOut.phase).toBe('timed-out');
    expect(timedOut.targets.map((t) => t.status)).toEqual(['succeeded', 'timed-out']);
    expect(timedOut.message).toMatch(/may still finish/);
    expect(progressSucceeded(timedOut)).toBe(false);
  });

  it('collects release output as sanitised lines, also after the end, keeping the tail', () => {
    const done = run([
      {type: 'created', at: 1100, promotionId: 'promo'},
      targets(2000, 'succeeded', 'succeeded'),
      {type: 'output', appId: 'a', text: 'Running migrations\r\n\u001b]0;x\u0007done\n\n'},
      {type: 'output', appId: 'zzz', text: 'ignored'},
    ]);
    expect(done.targets[0]!.output).toEqual(['Running migrations', 'done']);
    const long = Array.from({length: MAX_OUTPUT_LINES + 10}, (_, i) => `line ${i}`).join('\n');
    const capped = progressReducer(done, {type: 'output', appId: 'b', text: long});
    expect(capped.targets[1]!.output).toHaveLength(MAX_OUTPUT_LINES);
    expect(capped.targets[1]!.output.at(-1)).toBe(`line ${MAX_OUTPUT_LINES + 9}`);
  });

  it('ticks the clock while running', () => {
    const ticking = run([
      {type: 'created', at: 1100, promotionId: 'promo'},
      {type: 'tick', at: 7400},
    ]);
    expect(elapsedMs(ticking)).toBe(6400);
    expect(elapsedMs(ticking, ticking.targets[0])).toBe(6400);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [12_400, '12s'],
    [65_000, '1m 05s'],
    [600_000, '10m 00s'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
