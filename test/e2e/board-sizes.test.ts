import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {boardShown, launch, requireBuiltCli, simulator} from './harness.js';
import {twoTargetsAndAFailedRelease} from './sizes-world.js';

requireBuiltCli();

// The board at 140x45, 80x24, 60x20 and 40x12 in a real terminal, against a pipeline with
// two production apps (one in sync with staging, one 3 behind it) and a failed newest
// staging release: every size tells the whole truth, and nothing runs past the edge.

const SIZES = [
  [140, 45],
  [80, 24],
  [60, 20],
  [40, 12],
] as const;

const fits = (lines: string[], cols: number) => lines.every((l) => [...l].length <= cols);
const flat = (text: string) => text.replace(/[┃│┏┓┗┛╭╮╰╯━─]/g, ' ').replace(/\s+/g, ' ');

async function world() {
  const sim = await simulator();
  twoTargetsAndAFailedRelease(sim);
  return sim;
}

describe('the board at every size', {timeout: 120_000}, () => {
  it.each(SIZES)(
    '%ix%i: every target compared, the running release named, the API count whole',
    async (cols, rows) => {
      const sim = await world();
      const tui = launch({args: ['whitewave'], sim, cols, rows});
      await tui.waitForScreen(boardShown, 20_000, 'the board');
      // Both production apps on the staging card: named apart, or counted when they do not fit.
      const screen = await tui.waitForScreen(
        (text) =>
          flat(text).includes('prod: 3 ahead · prod-eu: in sync') ||
          flat(text).includes('2 apps: 1 ahead, 1 in sync'),
        15_000,
        'both comparisons on the staging card',
      );
      const lines = tui.screen();
      expect(fits(lines, cols), screen).toBe(true);
      // The failed newest release says which release runs (the compact card keeps it too).
      expect(flat(screen), screen).toContain('v44 failed, runs v43');
      // The status line keeps the whole API count at every width.
      expect(lines[0], screen).toMatch(/API \d+ left/);
      if (cols <= 80) {
        // Tabs count their own stage; no other stage's count follows them, none is cut.
        const tabs =
          cols > 40
            ? /STAGING {2}1 │ {2}PRODUCTION {2}2$/
            : /^ REV {2}3│ DEV {2}1│ STAGING {2}1│ PROD {2}2$/;
        expect(lines[1], screen).toMatch(tabs);
      }
      tui.press('q');
      expect((await tui.waitForExit()).exitCode).toBe(0);
    },
  );

  it('60x20: the filter bar and the body agree, and o on the emptied stage names it', async () => {
    const sim = await world();
    const tui = launch({args: ['whitewave'], sim, cols: 60, rows: 20});
    await tui.waitForScreen(boardShown, 20_000, 'the board');
    tui.press('/');
    await tui.waitForText('matches');
    for (const key of 'pr-4') {
      tui.press(key);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const screen = await tui.waitForText(/pr-4 +\d+ match/);
    const count = Number(/(\d+) match/.exec(screen)![1]);
    expect(count).toBeGreaterThan(0);
    expect(screen).toContain(`no staging app matches the filter: ${count} in review (←→)`);
    expect(fits(tui.screen(), 60)).toBe(true);
    tui.press(KEY.enter, 'o');
    await tui.waitForText('No staging app matches the filter.');
  });

  it('80x24: help descriptions are whole, none cut at the edge', async () => {
    const sim = await world();
    const tui = launch({args: ['whitewave'], sim, cols: 80, rows: 24});
    await tui.waitForScreen(boardShown, 20_000, 'the board');
    tui.press('?');
    const help = await tui.waitForText('closes');
    expect(fits(tui.screen(), 80)).toBe(true);
    expect(help).not.toMatch(/\w…$/m);
    tui.press(KEY.escape);
    await tui.waitForNoText('closes');
  });

  it('a shrink from 140x45 to 60x20 leaves no border glyph behind', async () => {
    const sim = await world();
    const tui = launch({args: ['whitewave'], sim, cols: 140, rows: 45});
    await tui.waitForScreen(boardShown, 20_000, 'the board');
    tui.resize(60, 20);
    await tui.waitForScreen((_, lines) => lines[1]?.includes('STAGING') === true, 10_000, 'tabs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = tui.screen();
    expect(lines[0], lines.join('\n')).toMatch(/^whitewave · /);
    expect(fits(lines, 60)).toBe(true);
    // Below the hint line nothing is left of the wide frame.
    const hint = lines.findIndex((l) => l.startsWith('←→ stage'));
    expect(hint).toBeGreaterThan(0);
    expect(
      lines
        .slice(hint + 1)
        .join('')
        .trim(),
      lines.join('\n'),
    ).toBe('');
  });

  it('40x12: the promote dialog keeps the app name and the question readable', async () => {
    const sim = await world();
    const tui = launch({args: ['whitewave'], sim, cols: 40, rows: 12});
    await tui.waitForScreen(boardShown, 20_000, 'the board');
    tui.press('p');
    const dialog = await tui.waitForText('Cancel');
    expect(dialog).toContain('whitewave-staging v43 to PRODUCTION');
    // whitewave-prod-eu already runs this code, so it starts unchecked: check it as well.
    tui.press(KEY.down, ' ');
    await tui.waitForScreen(
      (text) => (text.match(/\[x\]/g) ?? []).length === 2,
      10_000,
      'both checked',
    );
    tui.press(KEY.right, KEY.enter);
    const question = await tui.waitForText(/Type/);
    // Two production targets: the pipeline's name is typed, and the question is whole.
    expect(flat(question)).toContain('Type whitewave to promote (Esc cancels):');
    tui.press(KEY.escape);
  });

  it('diverged reads ahead and behind (bluebird)', async () => {
    const tui = launch({args: ['--demo', 'bluebird'], cols: 140, rows: 45});
    await tui.waitForText('→ bluebird-production: diverged: 2 ahead, 1 behind', 20_000);
  });
});

describe('a board that cannot load', {timeout: 60_000}, () => {
  it('exits 1 after the person quits, as status does', async () => {
    const sim = await simulator();
    const tui = launch({args: ['no-such-pipeline'], sim});
    await tui.waitForText('No pipeline named no-such-pipeline was found');
    tui.press('q');
    expect((await tui.waitForExit()).exitCode).toBe(1);
  });

  it('names HEROKU_API_KEY when Heroku rejects it, and exits 1', async () => {
    const sim = await simulator();
    const tui = launch({args: ['whitewave'], sim, token: 'HRKU-not-the-token'});
    await tui.waitForText('Heroku rejected the token in HEROKU_API_KEY');
    tui.press('q');
    expect((await tui.waitForExit()).exitCode).toBe(1);
  });
});
