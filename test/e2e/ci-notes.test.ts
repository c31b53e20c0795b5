import {describe, expect, it} from 'vitest';
import {decodeOsc52} from '../../source/terminal/osc52.js';
import {
  boardShown,
  cliEnv,
  launch,
  launchWhitewave,
  requireBuiltCli,
  runPiped,
  selectedAppName,
  simulator,
  tempDir,
} from './harness.js';
import {KEY, RED} from './pty.js';

requireBuiltCli();

const BEL = '\u0007';
// eslint-disable-next-line no-control-regex
const OSC52 = /\u001b\]52;c;[A-Za-z0-9+/=]*\u0007/g;

// Bells that are not the end of an OSC sequence (the clipboard's, a notification's).
function bells(output: string): number {
  // eslint-disable-next-line no-control-regex
  return output.replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, '').split(BEL).length - 1;
}

function gitlabExtra(sim: Awaited<ReturnType<typeof simulator>>): Record<string, string> {
  return {
    GITLAB_URL: sim.gitlabUrl,
    GITLAB_TOKEN: sim.gitlabToken,
    GITLAB_PROJECTS: sim.gitlabProjectsSetting,
  };
}

describe('CI, GitLab, release notes and the bell in a real terminal', {timeout: 90_000}, () => {
  it('marks the card of a commit whose checks failed, and the promote dialog warns in red', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    // Each card's status arrives on its own: staging failed, production passed, development
    // still running.
    const screen = await tui.waitForScreen(
      (text) =>
        [/[0-9a-f]{7} CI✗ /, /[0-9a-f]{7} CI✓ /, /[0-9a-f]{7} CI… /].every((m) => m.test(text)),
      10_000,
      'the three CI marks',
    );
    expect(screen).toMatch(/[0-9a-f]{7} CI✓ /);
    expect(screen).toMatch(/[0-9a-f]{7} CI… /);
    expect(tui.styleOf('CI✗')?.foreground).toBe(RED);
    tui.press('p');
    const dialog = await tui.waitForText('[ Cancel ]');
    expect(dialog).toMatch(/CI {2}✗ ci\/circleci: test {2}✓ lint/);
    expect(dialog).toContain('! CI failed for the commit that would ship: ci/circleci: test.');
    expect(tui.styleOf('! CI failed')?.foreground).toBe(RED);
  });

  it('compares the GitLab-hosted pipeline with no checkout and no GitHub', async () => {
    const sim = await simulator();
    const tui = launch({
      args: ['ledger', '--repo', tempDir('pipeline-tui-no-checkout-')],
      sim,
      extra: gitlabExtra(sim),
    });
    await tui.waitForScreen(
      (text, lines) => boardShown(text) && selectedAppName(lines) === 'ledger-staging',
      20_000,
      'the ledger board',
    );
    await tui.waitForText(/→ ledger-production: 2 ahead/, 10_000);
    tui.press(KEY.enter);
    const diff = await tui.waitForText('via GitLab', 10_000);
    expect(diff).toContain('2 ahead · via GitLab');
    expect(diff).toMatch(/Commits in ledger-staging not in ledger-production \(2\)/);
    // The CI line follows the comparison: its statuses are asked for once the diff shows.
    await tui.waitForText(/CI of ledger-staging/, 10_000);
    expect(sim.requests.some((r) => r.path.startsWith('/gitlab/api/v4/'))).toBe(true);
    expect(sim.requests.some((r) => r.path.startsWith('/github/'))).toBe(false);
  });

  it('copies the release notes from the diff view as OSC 52, the same as `notes`', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    tui.press(KEY.enter);
    await tui.waitForText('n copy notes', 10_000);
    tui.press('n');
    await tui.waitForText('Release notes copied to the clipboard.', 10_000);
    const sequences = tui.output().match(OSC52) ?? [];
    expect(sequences).toHaveLength(1);
    const copied = decodeOsc52(sequences[0]!);
    const printed = await runPiped(
      ['notes', 'whitewave-staging', '--to', 'whitewave-prod'],
      cliEnv({sim}),
    );
    expect(printed.code).toBe(0);
    expect(copied).toBe(printed.stdout);
    expect(copied).toMatch(/^## whitewave: whitewave-staging → whitewave-prod\n/);
    expect(copied).toContain('3 commits ship');
  });

  for (const noNotify of [false, true]) {
    it(`rings ${noNotify ? 'never with --no-notify' : 'exactly once'} for a new staging release`, async () => {
      const sim = await simulator();
      const tui = await launchWhitewave(sim, {
        extraArgs: ['--refresh', '1', ...(noNotify ? ['--no-notify'] : [])],
      });
      await tui.waitForText(/→ whitewave-prod: 3 ahead/, 10_000);
      expect(bells(tui.output())).toBe(0);
      sim.deploy('whitewave-staging', {message: 'Ship the invoice page'});
      await tui.waitForText('Ship the invoice pa', 10_000);
      // Two more refreshes see the same release: it has rung already.
      const seen = tui.output().length;
      await tui.waitForScreen(() => tui.output().length > seen + 200, 5000, 'more frames');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(bells(tui.output())).toBe(noNotify ? 0 : 1);
    });
  }
});
