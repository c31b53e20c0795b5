import {describe, expect, it} from 'vitest';
import {KEY} from '../e2e/pty.js';
import {
  boardShown,
  launch,
  selectedAppName,
  simulator,
  requireBuiltCli,
  launchWhitewave,
} from '../e2e/harness.js';

requireBuiltCli();

const SLOW_MS = 6000;

describe('a slow endpoint', {timeout: 90_000}, () => {
  it('shows the first load in progress, and q still quits at once', async () => {
    const sim = await simulator();
    sim.faults.add({kind: 'slow', delayMs: 30_000, path: /\/pipeline-couplings$/});
    const tui = launch({args: ['whitewave'], sim});
    const loading = await tui.waitForText('Loading whitewave…', 20_000);
    expect(loading).toContain('q quits');

    const asked = Date.now();
    tui.press('q');
    const exit = await tui.waitForExit(3000);
    expect(exit.exitCode).toBe(0);
    expect(Date.now() - asked).toBeLessThan(3000);
  });

  it('shows a refresh in progress while the board keeps answering keys', async () => {
    const sim = await simulator();
    const tui = launch({args: ['whitewave', '--refresh', '0'], sim});
    await tui.waitForScreen(
      (text, lines) =>
        boardShown(text) &&
        selectedAppName(lines) === 'whitewave-staging' &&
        !text.includes('refreshing'),
      20_000,
      'the board, settled',
    );
    const mark = sim.requests.length;
    sim.faults.add({kind: 'slow', delayMs: SLOW_MS, path: /\/latest-releases$/, times: 1});

    tui.press('r');
    await tui.waitForText('refreshing', 5000);
    // While the refresh hangs: moving, help and its closing all answer at once.
    tui.press('l');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-prod', 2000);
    tui.press('?');
    await tui.waitForText('Esc, q or ? closes', 2000);
    tui.press(KEY.escape);
    await tui.waitForScreen(
      (text) => text.includes('refreshing') && !text.includes('Esc, q or ? closes'),
      2000,
      'the board, still refreshing',
    );
    // A second r while one refresh runs does not start another.
    tui.press('r');

    await tui.waitForScreen(
      (text) => boardShown(text) && !text.includes('refreshing'),
      SLOW_MS + 10_000,
      'the refresh to finish',
    );
    const latest = sim.requests.slice(mark).filter((r) => /\/latest-releases$/.test(r.path));
    expect(latest).toHaveLength(1);
    expect(tui.screenText()).not.toContain('STALE');
  });

  it('shows a slow comparison in progress in the diff view, and Esc leaves it', async () => {
    const sim = await simulator();
    // Slow from the start: the board's own comparisons and the diff view's wait on GitHub alike
    // (a comparison finished before the diff opens would be answered from the cache).
    sim.faults.add({kind: 'slow', delayMs: 30_000, path: /\/compare\//});
    const tui = await launchWhitewave(sim);
    tui.press(KEY.enter);
    await tui.waitForText('Comparing commits…', 5000);
    tui.press(KEY.escape);
    await tui.waitForScreen(
      (text) => boardShown(text) && !text.includes('Comparing commits…'),
      3000,
      'the board again',
    );
    expect(tui.running).toBe(true);
  });
});
