import {describe, expect, it} from 'vitest';
import {cliEnv, requireBuiltCli, runPiped, simulator} from './harness.js';

requireBuiltCli();

async function gitlabEnv() {
  const sim = await simulator();
  return {
    sim,
    env: cliEnv({
      sim,
      extra: {
        GITLAB_URL: sim.gitlabUrl,
        GITLAB_TOKEN: sim.gitlabToken,
        GITLAB_PROJECTS: sim.gitlabProjectsSetting,
      },
    }),
  };
}

describe('pipeline-tui notes and GitLab, piped', {timeout: 60_000}, () => {
  it('prints the release notes of the GitLab-hosted pipeline with no GitHub', async () => {
    const {sim, env} = await gitlabEnv();
    const result = await runPiped(['notes', 'ledger-staging'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('## ledger: ledger-staging → ledger-production');
    expect(result.stdout).toContain('2 commits ship');
    expect(result.stdout).toContain(
      '[!14](https://gitlab.com/northwind/ledger/-/merge_requests/14)',
    );
    expect(sim.requests.some((r) => r.path.startsWith('/gitlab/api/v4/'))).toBe(true);
    expect(sim.requests.some((r) => r.path.startsWith('/github/'))).toBe(false);
  });

  it('carries CI and the GitLab comparison in status --json, and takes --no-notify', async () => {
    const {env} = await gitlabEnv();
    const result = await runPiped(['status', 'ledger', '--json', '--no-notify'], env);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      comparisons: Array<{source: string; ahead: number}>;
      stages: Array<{apps: Array<{name: string; ci: {state: string}}>}>;
    };
    expect(document.comparisons[0]).toMatchObject({source: 'gitlab', ahead: 2});
    const apps = document.stages.flatMap((s) => s.apps);
    expect(apps.map((a) => [a.name, a.ci.state])).toEqual([
      ['ledger-staging', 'running'],
      ['ledger-production', 'passed'],
    ]);
  });

  it('refuses a GitLab URL that would send the token unencrypted, in one sentence', async () => {
    const {env} = await gitlabEnv();
    const result = await runPiped(['status', 'ledger'], {
      ...env,
      GITLAB_URL: 'http://git.example.org',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'GITLAB_URL must use https for git.example.org, so the GitLab token never travels unencrypted.',
    );
  });

  it('says what is wrong with notes arguments and the notification setting', async () => {
    const {env} = await gitlabEnv();
    const missing = await runPiped(['notes'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      'notes needs an app: pipeline-tui notes APP [--to TARGET] [--release vN].',
    );
    const bad = await runPiped(['status', 'ledger'], {...env, PIPELINE_TUI_NOTIFY: 'bells'});
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'PIPELINE_TUI_NOTIFY has "bells"; use promotion, staging-release, crash or none, separated by commas.',
    );
  });
});
