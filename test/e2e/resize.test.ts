import {describe, expect, it} from 'vitest';
import {boardShown, launch, selectedAppName, requireBuiltCli} from './harness.js';

requireBuiltCli();

// Every line of the frame fits the terminal: nothing wraps onto a line of its own.
function fits(lines: string[], cols: number): boolean {
  return lines.every((line) => [...line].length <= cols);
}

describe('resizing the terminal', {timeout: 90_000}, () => {
  it('switches between columns, tabs and the too-small message, and back', async () => {
    const tui = launch({args: ['--demo', 'whitewave'], cols: 120, rows: 40});
    await tui.waitForScreen(
      (text) => boardShown(text) && text.includes('DEVELOPMENT') && text.includes('PRODUCTION'),
      20_000,
      'four columns side by side',
    );

    // Too narrow for four columns side by side: one stage at a time, with tabs.
    tui.resize(60, 24);
    const narrow = await tui.waitForScreen(
      (text, lines) =>
        boardShown(text) && lines.some((l) => /│ .*│ .*│/.test(l) && l.includes('PRODUCTION')),
      10_000,
      'the tabs of the narrow layout',
    );
    expect(narrow).toContain('whitewave-staging');
    expect(narrow).not.toContain('whitewave-pr-412');
    expect(fits(tui.screen(), 60)).toBe(true);
    // Keys still work in the narrow layout: the next stage is production.
    tui.press('l');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-prod', 5000);

    tui.resize(30, 8);
    await tui.waitForText(/Terminal too small \(30x8\)/, 10_000);
    expect(tui.screenText()).toContain('40x10');

    tui.resize(120, 40);
    const wide = await tui.waitForScreen(
      (text) =>
        boardShown(text) && text.includes('DEVELOPMENT') && text.includes('whitewave-pr-412'),
      10_000,
      'four columns again',
    );
    expect(wide).not.toContain('Terminal too small');
    expect(selectedAppName(tui.screen())).toBe('whitewave-prod');
    expect(fits(tui.screen(), 120)).toBe(true);

    tui.press('q');
    expect((await tui.waitForExit()).exitCode).toBe(0);
  });

  it('scrolls a long column inside a short terminal instead of growing the frame', async () => {
    const tui = launch({args: ['--demo', 'whitewave'], cols: 100, rows: 14});
    const screen = await tui.waitForScreen(boardShown, 20_000, 'the board in 14 rows');
    expect(screen).toContain('REVIEW  1–1 of 3');
    tui.press('h', 'h');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-pr-412', 5000);
    tui.press('j', 'j');
    const scrolled = await tui.waitForScreen(
      (_, lines) => selectedAppName(lines) === 'whitewave-pr-418',
      5000,
      'the last review app',
    );
    expect(scrolled).toContain('REVIEW  3–3 of 3');
    expect(scrolled).not.toContain('whitewave-pr-412');
    // The status bar stays on the first row: a taller frame would have scrolled it away.
    expect(tui.screen()[0]).toMatch(/^whitewave · /);
    expect(fits(tui.screen(), 100)).toBe(true);
  });
});
