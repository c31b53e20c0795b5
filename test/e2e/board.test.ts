import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {boardShown, cliEnv, launch, runPiped, selectedAppName, requireBuiltCli} from './harness.js';

requireBuiltCli();

describe('the demo board in a real terminal', {timeout: 90_000}, () => {
  it('launches on the simulator, shows every stage and quits cleanly with q', async () => {
    const tui = launch({args: ['--demo', 'whitewave']});
    const screen = await tui.waitForScreen(boardShown, 20_000, 'the demo board');

    for (const header of ['REVIEW', 'DEVELOPMENT', 'STAGING', 'PRODUCTION']) {
      expect(screen).toContain(header);
    }
    expect(screen).toContain('whitewave-staging');
    expect(screen).toContain('whitewave-prod');
    expect(screen).toContain('avery.brooks@whitewave.io');
    // Commit counts come from the GitHub comparison, after the board is first drawn.
    await tui.waitForText(/→ whitewave-prod: 3 ahead/);
    // The hint line offers promoting staging (it waits for no request).
    await tui.waitForText(/p promote/, 5000);
    expect(selectedAppName(tui.screen())).toBe('whitewave-staging');
    // No line wider than the terminal, no frame taller than it.
    expect(tui.screen()).toHaveLength(40);

    tui.press('q');
    const exit = await tui.waitForExit();
    expect(exit.exitCode).toBe(0);
    // The alternate screen is left, so the person's scrollback comes back untouched.
    expect(tui.output()).toContain('\u001B[?1049l');
  });

  it('starts with DEV=true set in the shell, which Ink would take as a call for its devtools', async () => {
    const tui = launch({args: ['--demo', 'whitewave'], extra: {DEV: 'true'}});
    await tui.waitForScreen(boardShown, 20_000, 'the demo board');
    tui.press('q');
    expect((await tui.waitForExit()).exitCode).toBe(0);
  });

  it('moves between stages and apps with arrows, hjkl and Tab', async () => {
    const tui = launch({args: ['--demo', 'whitewave']});
    await tui.waitForScreen(boardShown, 20_000, 'the demo board');
    const selection = async (name: string) =>
      tui.waitForScreen((_, lines) => selectedAppName(lines) === name, 5000, `${name} selected`);

    tui.press(KEY.right);
    await selection('whitewave-prod');
    tui.press('h');
    await selection('whitewave-staging');
    tui.press(KEY.left);
    await selection('whitewave-dev');
    tui.press('h');
    await selection('whitewave-pr-412');
    tui.press('j');
    await selection('whitewave-pr-415');
    tui.press(KEY.down);
    await selection('whitewave-pr-418');
    tui.press('k');
    await selection('whitewave-pr-415');
    tui.press('g');
    await selection('whitewave-pr-412');
    tui.press('G');
    await selection('whitewave-pr-418');
    // Tab wraps around from the last stage to the first.
    tui.press('l', 'l', 'l', KEY.tab);
    await selection('whitewave-pr-418');
    // Three quick presses in one chunk move three stages.
    tui.press('lll');
    await selection('whitewave-prod');
  });

  it('shows every key in the help overlay and goes back with Esc', async () => {
    const tui = launch({args: ['--demo', 'whitewave']});
    await tui.waitForScreen(boardShown, 20_000, 'the demo board');
    tui.press('?');
    // The whole first page of the help, not a frame still being drawn.
    const help = await tui.waitForScreen(
      (text) => text.includes('Esc, q or ? closes') && /quit/.test(text),
      10_000,
      'the help overlay',
    );
    expect(help).toContain('promote');
    expect(help).toContain('refresh now');
    expect(help).toMatch(/quit/);
    tui.press(KEY.escape);
    await tui.waitForScreen(
      (text) => !text.includes('Esc, q or ? closes') && text.includes('PRODUCTION'),
      5000,
      'the board after help',
    );
  });

  it('opens the diff between staging and production with Enter', async () => {
    const tui = launch({args: ['--demo', 'whitewave']});
    await tui.waitForScreen(boardShown, 20_000, 'the demo board');
    tui.press(KEY.enter);
    const diff = await tui.waitForText('Run export migration without a table lock');
    expect(diff).toContain('whitewave-staging');
    expect(diff).toContain('whitewave-prod');
    expect(diff).toMatch(/3 ahead|ahead by 3|3 commits/i);
    expect(diff).toContain('Add order export to CSV');
    // The compare page, named short enough to read; with no display (as here), o says where
    // the page is instead of silently opening nothing.
    const address =
      /https:\/\/github\.com\/whitewave-co\/whitewave\/compare\/[0-9a-f]{12}\.\.\.[0-9a-f]{12}/;
    expect(diff).toMatch(address);
    tui.press('o');
    const said = await tui.waitForText('No display to open a browser on:');
    expect(said).toMatch(new RegExp(`No display to open a browser on: ${address.source}`));
    tui.press(KEY.escape);
    await tui.waitForScreen(
      (text, lines) => boardShown(text) && selectedAppName(lines) === 'whitewave-staging',
      5000,
      'the board after the diff',
    );
  });

  it('filters apps by name with / and clears the filter with Esc', async () => {
    const tui = launch({args: ['--demo', 'whitewave']});
    await tui.waitForScreen(boardShown, 20_000, 'the demo board');
    tui.press('/', 'pr-41');
    await tui.waitForScreen(
      (text) => text.includes('whitewave-pr-415') && !text.includes('whitewave-dev '),
      5000,
      'the filtered board',
    );
    tui.press(KEY.escape);
    await tui.waitForText('whitewave-dev');
  });
});

describe('without a terminal', {timeout: 90_000}, () => {
  it('refuses to start the board with piped stdin and stdout, in one sentence', async () => {
    const result = await runPiped(['--demo', 'whitewave'], cliEnv());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/needs an interactive terminal/);
    expect(result.stderr).toMatch(/status PIPELINE --json/);
    expect(result.stderr).not.toContain('\u001B[');
  });

  it('refuses in a terminal too when CI is set', async () => {
    const tui = launch({args: ['--demo', 'whitewave'], extra: {CI: 'true'}});
    const exit = await tui.waitForExit(15_000);
    expect(exit.exitCode).toBe(2);
    expect(await tui.waitForText(/needs an interactive terminal/, 5000)).toMatch(
      /needs an interactive terminal/,
    );
  });

  it('prints the demo as JSON with status --json', async () => {
    const result = await runPiped(['--demo', 'status', 'whitewave', '--json'], cliEnv());
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      pipeline: {name: string};
      stages: Array<{name: string; apps: Array<{name: string; commit: {sha: string} | null}>}>;
    };
    expect(document.pipeline.name).toBe('whitewave');
    expect(document.stages.map((s) => s.name)).toEqual([
      'review',
      'development',
      'staging',
      'production',
    ]);
    const apps = document.stages.flatMap((s) => s.apps);
    expect(apps.every((app) => /^[0-9a-f]{40}$/.test(app.commit?.sha ?? ''))).toBe(true);
  });
});
