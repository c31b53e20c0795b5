import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {cliEnv, launch, requireBuiltCli, runPiped, simulator, typeInto} from './harness.js';
import {codeReleaseOf, commitRunning, promotionPosts} from './sim-state.js';

requireBuiltCli();

describe('pipeline-tui promote, as a script runs it', {timeout: 90_000}, () => {
  it('promotes with --yes, once, pinned to the current release, and exits 0', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const staging = codeReleaseOf(sim, 'whitewave-staging');
    const result = await runPiped(
      ['promote', 'whitewave-staging', '--yes'],
      cliEnv({sim}),
      '',
      30_000,
    );

    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/whitewave-prod/);
    expect(result.stdout + result.stderr).not.toContain(sim.token);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()[0]?.releaseId).toBe(staging.id);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(commitRunning(sim, 'whitewave-staging'));
  });

  it('exits 1 with Heroku’s message when a target fails, and --json says which', async () => {
    const sim = await simulator({promotionStepMs: 100});
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const result = await runPiped(
      ['promote', 'whitewave-staging', '--yes', '--json'],
      cliEnv({sim}),
      '',
      30_000,
    );

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('release command failed');
    const document = JSON.parse(result.stdout) as unknown;
    expect(JSON.stringify(document)).toMatch(/"failed"/);
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('refuses without --yes when no one can confirm, and sends nothing', async () => {
    const sim = await simulator();
    const result = await runPiped(['promote', 'whitewave-staging'], cliEnv({sim}));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--yes/);
    expect(promotionPosts(sim)).toHaveLength(0);
  });

  it('asks for the typed name in a terminal, and a wrong name sends nothing', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const tui = launch({args: ['promote', 'whitewave-staging'], sim});
    await tui.waitForText(/Type whitewave-prod/, 20_000);
    await typeInto(tui, 'whitewave-pro');
    tui.press(KEY.enter);
    const exit = await tui.waitForExit(15_000);
    expect(exit.exitCode).not.toBe(0);
    expect(promotionPosts(sim)).toHaveLength(0);
  });
});
