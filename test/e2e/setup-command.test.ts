import {describe, expect, it} from 'vitest';
import type {Simulator} from '../../source/simulator/index.js';
import {cliEnv, requireBuiltCli, runPiped, simulator} from './harness.js';

requireBuiltCli();

const writes = (sim: Simulator) =>
  sim.requests.filter((r) => r.method !== 'GET' && r.path !== '/filters/apps');
const run = (sim: Simulator, args: string[]) => runPiped(args, cliEnv({sim}), '', 30_000);

type StatusApps = {
  stages: Array<{name: string; apps: Array<{name: string; namingWarning: string | null}>}>;
};

describe('pipeline-tui pipelines:*, as a script runs them', {timeout: 90_000}, () => {
  it('sets a pipeline up that status --json then shows, naming warning included', async () => {
    const sim = await simulator();
    const create = await run(sim, [
      'pipelines:create',
      'aurora',
      '--team',
      'whitewave',
      '--app',
      'whitewave-prod-eu',
      '--confirm',
      'whitewave-prod-eu',
    ]);
    expect(create).toMatchObject({code: 0, stderr: ''});
    expect(create.stdout).toBe('Created pipeline aurora with whitewave-prod-eu in production.\n');
    const add = await run(sim, [
      'pipelines:add',
      'aurora',
      '--app',
      'whitewave-canary-prod',
      '--stage',
      'staging',
      '--json',
    ]);
    expect(add.code).toBe(0);
    expect(add.stderr).toContain("whitewave-canary-prod's name says production");
    expect(JSON.parse(add.stdout)).toMatchObject({
      coupling: {stage: 'staging', pipelineName: 'aurora'},
    });

    const status = await run(sim, ['status', 'aurora', '--json']);
    expect(status.code).toBe(0);
    const document = JSON.parse(status.stdout) as StatusApps;
    const apps = Object.fromEntries(
      document.stages.flatMap((s) =>
        s.apps.map((a) => [a.name, {stage: s.name, warning: a.namingWarning}]),
      ),
    );
    expect(apps['whitewave-prod-eu']).toEqual({stage: 'production', warning: null});
    expect(apps['whitewave-canary-prod']?.stage).toBe('staging');
    expect(apps['whitewave-canary-prod']?.warning).toMatch(/production/);
    expect(writes(sim).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /pipelines',
      'POST /pipeline-couplings',
      'POST /pipeline-couplings',
    ]);
  });

  it("refuses with one sentence: Heroku's 422 exits 1, a destroy without --confirm exits 2", async () => {
    const sim = await simulator();
    const coupled = await run(sim, ['pipelines:add', 'tally', '--app', 'whitewave-staging']);
    expect(coupled.code).toBe(1);
    expect(coupled.stderr.trim().split('\n')).toHaveLength(1);
    expect(coupled.stderr).toContain(
      'App whitewave-staging is already a member of pipeline whitewave.',
    );
    const destroy = await run(sim, ['pipelines:destroy', 'tally']);
    expect(destroy.code).toBe(2);
    expect(destroy.stderr).toBe(
      'Refusing to destroy tally without a terminal to confirm in: pass --confirm tally.\n',
    );
    const usage = await run(sim, ['pipelines:rename', 'tally']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    expect(writes(sim)).toHaveLength(1);
    const done = await run(sim, ['pipelines:destroy', 'tally', '--confirm', 'tally']);
    expect(done).toMatchObject({code: 0, stdout: 'Destroyed pipeline tally; its apps are kept.\n'});
    expect(sim.state.apps.some((a) => a.name === 'tally-live')).toBe(true);
  });
});
