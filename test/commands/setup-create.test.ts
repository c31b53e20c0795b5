import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {runCommand, writes} from './setup-harness.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const pipelineOf = (app: string) => {
  const coupling = sim.state.couplings.find((c) => c.appId === sim.appId(app));
  return sim.state.pipelines.find((p) => p.id === coupling?.pipelineId)?.name ?? null;
};
const oneSentence = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text.trim()).toMatch(/[.:)]$/);
};

describe('pipeline-tui pipelines:create', () => {
  it('creates a pipeline with an app, its stage from the suffix, and prints what it did', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:create', ['aurora'], {
      team: 'whitewave',
      app: 'whitewave-canary-prod',
      stage: 'staging',
    });
    expect(done).toMatchObject({code: 0, stderr: ''});
    expect(done.stdout).toBe('Created pipeline aurora with whitewave-canary-prod in staging.\n');
    const created = sim.state.pipelines.find((p) => p.name === 'aurora')!;
    expect(created.owner?.type).toBe('team');
    expect(pipelineOf('whitewave-canary-prod')).toBe('aurora');
    expect(writes(sim).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /pipelines',
      'POST /pipeline-couplings',
    ]);
  });

  it('prints JSON with --json', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:create', ['aurora'], {json: true});
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({pipeline: {name: 'aurora'}, coupling: null});
  });

  it('refuses a bad name before sending anything (exit 2)', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:create', ['Aurora']);
    expect(done.code).toBe(2);
    expect(done.stderr).toBe(
      '"Aurora" cannot be a pipeline name: A pipeline name starts with a lowercase letter.\n',
    );
    expect(sim.requests).toHaveLength(0);
  });

  it("exits 1 with Heroku's sentence for a taken name, sent once", async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:create', ['tally']);
    expect(done.code).toBe(1);
    oneSentence(done.stderr);
    expect(done.stderr).toMatch(/^Name has already been taken\./);
    expect(writes(sim)).toHaveLength(1);
  });

  it('says what was created when the coupling fails, and leaves the empty pipeline', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:create', ['aurora'], {
      app: 'whitewave-prod',
      stage: 'staging',
      json: true,
    });
    expect(done.code).toBe(1);
    oneSentence(done.stderr);
    expect(done.stderr).toMatch(
      /^Pipeline aurora was created, but adding whitewave-prod to it failed: App whitewave-prod is already a member of pipeline whitewave\./,
    );
    expect(JSON.parse(done.stdout)).toMatchObject({pipeline: {name: 'aurora'}, coupling: null});
    expect(sim.state.pipelines.some((p) => p.name === 'aurora')).toBe(true);
    expect(pipelineOf('whitewave-prod')).toBe('whitewave');
    expect(writes(sim)).toHaveLength(2);
  });

  it('checks the app and the team before creating anything', async () => {
    sim = await startSimulator();
    const noApp = await runCommand(sim, 'pipelines:create', ['aurora'], {
      app: 'nowhere-prod',
      yes: true,
    });
    expect(noApp.code).toBe(1);
    expect(noApp.stderr).toMatch(
      /^Heroku has no app named nowhere-prod that this account can see\./,
    );
    oneSentence(noApp.stderr);
    const noTeam = await runCommand(sim, 'pipelines:create', ['aurora'], {team: 'nobody'});
    expect(noTeam.code).toBe(1);
    oneSentence(noTeam.stderr);
    expect(writes(sim)).toHaveLength(0);
  });
});

describe('pipeline-tui pipelines:rename, destroy', () => {
  it('renames a pipeline without production after y/n, and refuses a taken name (exit 1)', async () => {
    sim = await startSimulator();
    await runCommand(sim, 'pipelines:create', ['aurora']);
    const done = await runCommand(sim, 'pipelines:rename', ['aurora', 'aurora-eu']);
    expect(done).toMatchObject({code: 0, stdout: 'Renamed pipeline aurora to aurora-eu.\n'});
    const taken = await runCommand(sim, 'pipelines:rename', ['aurora-eu', 'tally']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^Name has already been taken\./);
    expect(writes(sim)).toHaveLength(3);
  });

  it('renames a pipeline with production apps only with its name confirmed', async () => {
    sim = await startSimulator();
    const refused = await runCommand(sim, 'pipelines:rename', ['tally', 'tally-eu']);
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'Refusing to rename tally without a terminal to confirm in: pass --confirm tally.\n',
    });
    const done = await runCommand(sim, 'pipelines:rename', ['tally', 'tally-eu'], {
      confirm: 'tally',
      json: true,
    });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({pipeline: {name: 'tally-eu'}});
    expect(writes(sim)).toHaveLength(1);
  });

  it('destroys only with --confirm NAME or --yes, keeping the apps', async () => {
    sim = await startSimulator();
    const refused = await runCommand(sim, 'pipelines:destroy', ['tally']);
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'Refusing to destroy tally without a terminal to confirm in: pass --confirm tally.\n',
    });
    expect(writes(sim)).toHaveLength(0);
    const done = await runCommand(sim, 'pipelines:destroy', ['tally'], {
      confirm: 'tally',
      json: true,
    });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({destroyed: {name: 'tally'}});
    expect(sim.state.pipelines.some((p) => p.name === 'tally')).toBe(false);
    expect(sim.state.apps.some((a) => a.name === 'tally-prod')).toBe(true);
    const yes = await runCommand(sim, 'pipelines:destroy', ['bluebird'], {yes: true});
    expect(yes).toMatchObject({
      code: 0,
      stdout: 'Destroyed pipeline bluebird; its apps are kept.\n',
    });
    expect(writes(sim)).toHaveLength(2);
  });

  it('explains missing and extra words as usage errors (exit 2)', async () => {
    sim = await startSimulator();
    const cases = [
      await runCommand(sim, 'pipelines:rename', ['tally']),
      await runCommand(sim, 'pipelines:destroy', ['tally', 'extra']),
      await runCommand(sim, 'pipelines:update', [], {app: 'whitewave-dev'}),
      await runCommand(sim, 'pipelines:update', [], {app: 'whitewave-dev', stage: 'qa'}),
      await runCommand(sim, 'pipelines:remove', []),
      await runCommand(sim, 'pipelines:create', ['aurora'], {stage: 'staging'}),
      await runCommand(sim, 'pipelines:add', ['tally'], {app: 'x-dev', team: 'whitewave'}),
      await runCommand(sim, 'pipelines:remove', [], {app: 'x-dev', stage: 'staging'}),
      await runCommand(sim, 'pipelines:destroy', ['tally'], {app: 'tally-prod'}),
    ];
    for (const result of cases) {
      expect(result.code).toBe(2);
      oneSentence(result.stderr);
    }
    expect(cases[0]!.stderr).toBe(
      'pipelines:rename needs a pipeline and its new name: pipeline-tui pipelines:rename PIPELINE NEWNAME [--confirm PIPELINE] [--json].\n',
    );
    expect(cases[3]!.stderr).toBe(
      '--stage takes review, development, staging or production, not "qa".\n',
    );
    expect(cases[7]!.stderr).toBe(
      'pipelines:remove takes no --stage. Usage: pipeline-tui pipelines:remove --app A [--confirm A] [--json].\n',
    );
    expect(sim.requests).toHaveLength(0);
  });
});
