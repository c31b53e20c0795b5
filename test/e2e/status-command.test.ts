import {describe, expect, it} from 'vitest';
import {cliEnv, requireBuiltCli, runPiped, simulator} from './harness.js';

requireBuiltCli();

describe('pipeline-tui status, piped', {timeout: 60_000}, () => {
  it('prints the board as JSON with every app and its SHA', async () => {
    const sim = await simulator();
    const result = await runPiped(['status', 'whitewave', '--json'], cliEnv({sim}));
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      stages: Array<{apps: Array<{name: string; commit: {sha: string} | null}>}>;
    };
    const apps = document.stages.flatMap((s) => s.apps);
    expect(apps).toHaveLength(6);
    for (const app of apps) expect(app.commit?.sha, app.name).toMatch(/^[\da-f]{40}$/);
  });

  it('says which token Heroku rejected, in one sentence, without the token', async () => {
    const sim = await simulator();
    const token = 'HRKU-not-a-valid-token-9f8e7d6c';
    const result = await runPiped(['status', 'whitewave'], cliEnv({sim, token}));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Heroku rejected the token in HEROKU_API_KEY');
    expect(result.stderr).toContain('Request-Id');
    expect(result.stderr).not.toContain('9f8e7d6c');
  });

  it('says a pipeline does not exist and exits 1', async () => {
    const sim = await simulator();
    const result = await runPiped(['status', 'nosuch'], cliEnv({sim}));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('No pipeline named nosuch was found on this account.');
  });
});
