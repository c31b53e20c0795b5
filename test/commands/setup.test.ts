import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {runCommand, writes} from './setup-harness.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const stageOf = (app: string) =>
  sim.state.couplings.find((c) => c.appId === sim.appId(app))?.stage ?? null;
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

describe('pipeline-tui pipelines:add, update, remove', () => {
  it('adds with the stage the suffix says, and without one asks for --stage (exit 2)', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:add', ['tally'], {app: 'whitewave-prod-eu'}, {});
    // production needs the typed name: without a terminal it refuses
    expect(done.code).toBe(2);
    expect(done.stderr).toBe(
      'Refusing to change whitewave-prod-eu without a terminal to confirm in: pass --confirm whitewave-prod-eu.\n',
    );
    expect(writes(sim)).toHaveLength(0);
    const confirmed = await runCommand(sim, 'pipelines:add', ['tally'], {
      app: 'whitewave-prod-eu',
      confirm: 'whitewave-prod-eu',
    });
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toBe('Added whitewave-prod-eu to tally as production.\n');
    expect(stageOf('whitewave-prod-eu')).toBe('production');

    const noSuffix = await runCommand(sim, 'pipelines:add', ['tally'], {app: 'avery-sandbox'});
    expect(noSuffix.code).toBe(2);
    expect(noSuffix.stderr).toBe(
      "avery-sandbox's name does not say its stage (-dev, -staging, -prod): pass --stage.\n",
    );
    expect(writes(sim)).toHaveLength(1);
  });

  it('warns when the chosen stage contradicts the name, and adds anyway', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:add', ['tally'], {
      app: 'whitewave-canary-prod',
      stage: 'staging',
    });
    expect(done.code).toBe(0);
    expect(done.stderr).toBe(
      "warning: whitewave-canary-prod's name says production, but it would be coupled as staging.\n",
    );
    expect(stageOf('whitewave-canary-prod')).toBe('staging');
  });

  it("refuses an app already in another pipeline, naming it, and Heroku's 403 and 404", async () => {
    sim = await startSimulator();
    const coupled = await runCommand(sim, 'pipelines:add', ['tally'], {app: 'whitewave-staging'});
    expect(coupled.code).toBe(1);
    expect(coupled.stderr).toMatch(
      /^App whitewave-staging is already a member of pipeline whitewave\./,
    );
    oneSentence(coupled.stderr);
    sim.state.apps.find((a) => a.name === 'whitewave-canary-prod')!.readOnly = true;
    const forbidden = await runCommand(sim, 'pipelines:add', ['tally'], {
      app: 'whitewave-canary-prod',
      stage: 'staging',
    });
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(/You do not have access to the app whitewave-canary-prod\./);
    const missing = await runCommand(sim, 'pipelines:add', ['tally'], {app: 'ghost-staging'});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^Heroku has no app named ghost-staging that this account can see\./,
    );
    const noPipeline = await runCommand(sim, 'pipelines:add', ['ghost'], {
      app: 'avery-sandbox',
      stage: 'staging',
    });
    expect(noPipeline.stderr).toMatch(
      /^Heroku has no pipeline named ghost that this account can see\./,
    );
    oneSentence(noPipeline.stderr);
    expect(writes(sim)).toHaveLength(2);
  });

  it('moves an app, asking for the typed name when production is involved', async () => {
    sim = await startSimulator();
    const move = await runCommand(sim, 'pipelines:update', [], {
      app: 'whitewave-dev',
      stage: 'staging',
      json: true,
    });
    expect(move.code).toBe(0);
    expect(JSON.parse(move.stdout)).toMatchObject({
      from: 'development',
      coupling: {appName: 'whitewave-dev', stage: 'staging', pipelineName: 'whitewave'},
    });
    const wrong = await runCommand(
      sim,
      'pipelines:update',
      [],
      {app: 'whitewave-staging', stage: 'production'},
      {interactive: true, answer: 'whitewave'},
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Cancelled: nothing was sent.');
    const typed = await runCommand(
      sim,
      'pipelines:update',
      [],
      {app: 'whitewave-staging', stage: 'production'},
      {interactive: true, answer: 'whitewave-staging'},
    );
    expect(typed.code).toBe(0);
    expect(stageOf('whitewave-staging')).toBe('production');
    const mismatch = await runCommand(sim, 'pipelines:update', [], {
      app: 'whitewave-prod',
      stage: 'staging',
      confirm: 'whitewave',
    });
    expect(mismatch).toMatchObject({
      code: 2,
      stderr: '--confirm whitewave does not match whitewave-prod: nothing was sent.\n',
    });
    expect(writes(sim).map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
  });

  it('removes an app and keeps it; an app in no pipeline is one sentence', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:remove', [], {app: 'whitewave-dev'});
    expect(done).toMatchObject({
      code: 0,
      stdout: 'Removed whitewave-dev from whitewave; the app is kept.\n',
    });
    expect(stageOf('whitewave-dev')).toBeNull();
    expect(sim.state.apps.some((a) => a.name === 'whitewave-dev')).toBe(true);
    const again = await runCommand(sim, 'pipelines:remove', [], {app: 'whitewave-dev'});
    expect(again).toMatchObject({code: 1, stderr: 'whitewave-dev is in no pipeline.\n'});
    const prod = await runCommand(sim, 'pipelines:remove', [], {app: 'whitewave-prod'});
    expect(prod.code).toBe(2);
    expect(writes(sim)).toHaveLength(1);
  });
});

describe('pipeline-tui pipelines:rename, destroy', () => {
  it('renames, and refuses a taken name with exit 1', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:rename', ['tally', 'tally-eu']);
    expect(done).toMatchObject({code: 0, stdout: 'Renamed pipeline tally to tally-eu.\n'});
    const taken = await runCommand(sim, 'pipelines:rename', ['tally-eu', 'bluebird']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^Name has already been taken\./);
    expect(writes(sim)).toHaveLength(2);
  });

  it('destroys only with --confirm NAME or --yes, keeping the apps', async () => {
    sim = await startSimulator();
    const refused = await runCommand(sim, 'pipelines:destroy', ['tally']);
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'Refusing to change tally without a terminal to confirm in: pass --confirm tally.\n',
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
    ];
    for (const result of cases) {
      expect(result.code).toBe(2);
      oneSentence(result.stderr);
    }
    expect(cases[3]!.stderr).toBe(
      '--stage takes review, development, staging or production, not "qa".\n',
    );
    expect(sim.requests).toHaveLength(0);
  });
});
