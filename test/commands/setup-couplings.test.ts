import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {runCommand, writes} from './setup-harness.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const stageOf = (app: string) =>
  sim.state.couplings.find((c) => c.appId === sim.appId(app))?.stage ?? null;
const oneSentence = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text.trim()).toMatch(/[.:)]$/);
};

describe('pipeline-tui pipelines:add, update, remove', () => {
  it('adds with the stage the suffix says, and without one asks for --stage (exit 2)', async () => {
    sim = await startSimulator();
    const done = await runCommand(sim, 'pipelines:add', ['tally'], {app: 'whitewave-prod-eu'}, {});
    // production needs the typed name: without a terminal it refuses
    expect(done.code).toBe(2);
    expect(done.stderr).toBe(
      'Refusing to add whitewave-prod-eu without a terminal to confirm in: pass --confirm whitewave-prod-eu.\n',
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
