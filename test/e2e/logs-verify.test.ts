import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {
  cliEnv,
  launchWhitewave,
  openProductionConfirmation,
  requireBuiltCli,
  runPiped,
  selectedAppName,
  simulator,
  typeInto,
} from './harness.js';

requireBuiltCli();

// Seen as a person sees them: the log panes of staging and production, the verification
// under a promotion, and the promote command's --verify, against the simulator.

describe('logs and verification in a real terminal', {timeout: 90_000}, () => {
  it('opens the logs of staging, filters to web, pauses and resumes', async () => {
    const sim = await simulator({logs: {requestsPerSecond: 8}});
    const tui = await launchWhitewave(sim, {cols: 160, rows: 45});
    tui.press('L');
    const both = await tui.waitForText(
      /whitewave-staging \(staging\) · following · \d+-\d+ of \d+/,
    );
    expect(both).toMatch(/whitewave-prod \(production\) · following/);
    expect(both).toMatch(/\d\d:\d\d:\d\d heroku\[router\]: at=info method=/);

    tui.press('t');
    await tui.waitForText('filter: type web');
    const web = tui
      .screen()
      .slice(3, 40)
      .map((line) => line.slice(0, 79));
    expect(web.filter((line) => line.includes('[router]'))).toEqual([]);
    expect(web.some((line) => line.includes('app[web.1]'))).toBe(true);

    tui.press(' ');
    await tui.waitForText(/whitewave-staging \(staging\) · PAUSED \(\d+ new\)/);
    tui.press(' ');
    await tui.waitForText(/whitewave-staging \(staging\) · following/);
    tui.press(KEY.escape);
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-staging', 5000);
  });

  it('reconnects a dropped stream, says so, and shows no line twice', async () => {
    const sim = await simulator({logs: {requestsPerSecond: 4}});
    // The development app has a pane of its own: the whole width, request ids included.
    const tui = await launchWhitewave(sim, {cols: 230, rows: 40});
    tui.press('h');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-dev', 5000);
    tui.press('L');
    await tui.waitForText(/whitewave-dev \(development\) · following · \d+-\d+ of \d+/);
    expect(sim.dropLogStreams()).toBeGreaterThan(0);
    await tui.waitForText(/reconnected after \d/);
    // New lines after the reconnect, then a still screen to read.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    tui.press(' ');
    await tui.waitForText('PAUSED');
    const ids = tui
      .screen()
      .flatMap((line) => /request_id=(\S+)/.exec(line)?.[1] ?? [])
      .filter((id) => !id.endsWith('…'));
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('verifies production under the promotion: healthy', async () => {
    const sim = await simulator({promotionStepMs: 100, rollingRestartMs: 300});
    const tui = await launchWhitewave(sim, {cols: 160, rows: 45});
    await openProductionConfirmation(tui);
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText(/✓ whitewave-prod succeeded/, 20_000);
    const panel = await tui.waitForText(/whitewave-prod HEALTHY/, 30_000);
    expect(panel).toMatch(/Verification · [\d.]+ of 5 min since the promotion/);
    expect(panel).toMatch(/requests\/min +\d+ +\d+/);
    expect(panel).toMatch(/rollout web \d\/\d on v17/);
    expect(panel).toContain('Rollback is one key away');
  });

  it('in the failing scenario the verdict goes failing within the window', async () => {
    const sim = await simulator({
      promotionStepMs: 100,
      logs: {scenario: 'failing-promotion', requestsPerSecond: 8},
    });
    const tui = await launchWhitewave(sim, {cols: 80, rows: 24});
    await openProductionConfirmation(tui);
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    const failing = await tui.waitForText(/whitewave-prod FAILING (5xx share|\d+ H1[02])/, 60_000);
    expect(failing).toMatch(/Verification · [\d.]+ of 5 min/);
  });

  it('promote --yes --verify 1 exits 1 when production fails, with the figures', async () => {
    const sim = await simulator({
      promotionStepMs: 100,
      logs: {scenario: 'failing-promotion', requestsPerSecond: 8},
    });
    const result = await runPiped(
      ['promote', 'whitewave-staging', '--yes', '--verify', '1'],
      cliEnv({sim}),
      '',
      80_000,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Promoted whitewave-staging');
    expect(result.stdout).toMatch(/Verification over 1 min: FAILING/);
    expect(result.stdout).toMatch(/whitewave-prod: failing \((5xx share|\d+ H1[02])/);
    expect(result.stdout).toMatch(/5xx share +[\d.]+% +-> [\d.]+%/);
    expect(result.stdout + result.stderr).not.toContain(sim.token);
  });

  it('promote --yes --verify exits 0 on a healthy production, the window shortened for tests', async () => {
    const sim = await simulator({promotionStepMs: 100, logs: {requestsPerSecond: 8}});
    const result = await runPiped(
      ['promote', 'whitewave-staging', '--yes', '--verify', '--json'],
      cliEnv({sim, extra: {PIPELINE_TUI_VERIFY_SECONDS: '4'}}),
      '',
      40_000,
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      verification: {verdict: string; targets: Array<{app: string}>};
    };
    expect(document.verification.verdict).toBe('healthy');
    expect(document.verification.targets.map((t) => t.app)).toEqual(['whitewave-prod']);
  });
});
