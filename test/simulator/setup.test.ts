import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import type {WireApp, WireCoupling, WirePipeline} from '../../source/heroku/wire.js';
import {call} from './helpers.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const send = (method: string, path: string, body?: unknown) => call(sim, path, {method, body});
const pipelineId = (name: string) => sim.state.pipelines.find((p) => p.name === name)!.id;
const couplingId = (app: string) => sim.state.couplings.find((c) => c.appId === sim.appId(app))!.id;

describe('simulator: setting a pipeline up', () => {
  it('creates a pipeline owned by the account, or by a team, and refuses a taken or bad name', async () => {
    sim = await startSimulator();
    const mine = await send('POST', '/pipelines', {name: 'aurora'});
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      name: 'aurora',
      owner: {id: sim.state.account.id, type: 'user'},
    });
    const team = [...sim.state.teams.values()][0]!;
    const teams = await send('POST', '/pipelines', {
      name: 'aurora',
      owner: {id: team.id, type: 'team'},
    });
    expect(teams.status).toBe(201);
    expect((teams.body as WirePipeline).owner).toEqual({id: team.id, type: 'team'});

    const taken = await send('POST', '/pipelines', {name: 'tally'});
    expect(taken.status).toBe(422);
    expect(taken.body).toMatchObject({
      id: 'invalid_params',
      message: 'Name has already been taken.',
    });
    const bad = await send('POST', '/pipelines', {name: 'Aurora_1'});
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({id: 'invalid_params'});
    const noTeam = await send('POST', '/pipelines', {
      name: 'ghost',
      owner: {id: 'x', type: 'team'},
    });
    expect(noTeam.status).toBe(404);
    expect(sim.state.pipelines.filter((p) => p.name === 'ghost')).toHaveLength(0);
  });

  it('answers /users/~ with the account, whose id owns a pipeline created for it', async () => {
    sim = await startSimulator();
    const me = await send('GET', '/users/~');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({id: sim.state.account.id, email: sim.state.account.email});
    const created = await send('POST', '/pipelines', {
      name: 'solo',
      owner: {id: (me.body as {id: string}).id, type: 'user'},
    });
    expect(created.status).toBe(201);
  });

  it('couples an app, and refuses an app already coupled, a bad stage, a 403 and a 404', async () => {
    sim = await startSimulator();
    const created = (await send('POST', '/pipelines', {name: 'aurora'})).body as WirePipeline;
    const added = await send('POST', '/pipeline-couplings', {
      app: 'whitewave-prod-eu',
      pipeline: created.id,
      stage: 'production',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      app: {id: sim.appId('whitewave-prod-eu')},
      pipeline: {id: created.id, name: 'aurora'},
      stage: 'production',
    });

    const again = await send('POST', '/pipeline-couplings', {
      app: 'whitewave-prod',
      pipeline: created.id,
      stage: 'production',
    });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({
      id: 'invalid_params',
      message: 'App whitewave-prod is already a member of pipeline whitewave.',
    });
    const stage = await send('POST', '/pipeline-couplings', {
      app: 'avery-sandbox',
      pipeline: created.id,
      stage: 'qa',
    });
    expect(stage.status).toBe(422);
    expect((stage.body as {message: string}).message).toMatch(/^Stage must be one of/);
    const missing = await send('POST', '/pipeline-couplings', {
      app: 'no-such-app',
      pipeline: created.id,
      stage: 'staging',
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({id: 'not_found'});
    sim.state.apps.find((a) => a.name === 'whitewave-canary-prod')!.readOnly = true;
    const forbidden = await send('POST', '/pipeline-couplings', {
      app: 'whitewave-canary-prod',
      pipeline: created.id,
      stage: 'staging',
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({id: 'forbidden'});
    expect(sim.state.couplings.filter((c) => c.pipelineId === created.id)).toHaveLength(1);
  });

  it('moves and removes a coupling, keeping the app', async () => {
    sim = await startSimulator();
    const moved = await send('PATCH', `/pipeline-couplings/${couplingId('whitewave-dev')}`, {
      stage: 'staging',
    });
    expect(moved.status).toBe(200);
    expect((moved.body as WireCoupling).stage).toBe('staging');
    const badStage = await send('PATCH', `/pipeline-couplings/${couplingId('whitewave-dev')}`, {
      stage: 'nowhere',
    });
    expect(badStage.status).toBe(422);
    const removed = await send('DELETE', `/pipeline-couplings/${couplingId('whitewave-dev')}`);
    expect(removed.status).toBe(200);
    expect((await call(sim, '/apps/whitewave-dev/pipeline-couplings')).status).toBe(404);
    expect((await call(sim, '/apps/whitewave-dev')).status).toBe(200);
    expect((await send('DELETE', '/pipeline-couplings/nope')).status).toBe(404);
  });

  it('renames, refusing a taken name, and destroys a pipeline, keeping its apps', async () => {
    sim = await startSimulator();
    const tally = pipelineId('tally');
    expect((await send('PATCH', `/pipelines/${tally}`, {name: 'bluebird'})).status).toBe(422);
    const renamed = await send('PATCH', `/pipelines/${tally}`, {name: 'tally-two'});
    expect(renamed.body).toMatchObject({id: tally, name: 'tally-two'});
    const destroyed = await send('DELETE', `/pipelines/${tally}`);
    expect(destroyed.status).toBe(200);
    expect(sim.state.pipelines.some((p) => p.id === tally)).toBe(false);
    expect(sim.state.couplings.some((c) => c.pipelineId === tally)).toBe(false);
    expect((await call(sim, '/apps/tally-prod')).status).toBe(200);
    expect((await send('DELETE', `/pipelines/${tally}`)).status).toBe(404);
  });

  it("lists a team's apps, and every coupling, with the unpiped demo apps in none", async () => {
    sim = await startSimulator();
    const apps = (await call(sim, '/teams/whitewave/apps')).body as WireApp[];
    const names = apps.map((a) => a.name);
    expect(names).toContain('whitewave-prod-eu');
    expect(names).toContain('whitewave-canary-prod');
    expect(names).not.toContain('avery-sandbox');
    expect(apps.find((a) => a.name === 'whitewave-prod-eu')?.region?.name).toBe('eu');
    expect((await call(sim, '/teams/nobody/apps')).status).toBe(404);
    const couplings = (await call(sim, '/pipeline-couplings')).body as WireCoupling[];
    const coupled = new Set(couplings.map((c) => c.app.id));
    expect(coupled.has(sim.appId('whitewave-prod-eu'))).toBe(false);
    expect(coupled.has(sim.appId('whitewave-canary-prod'))).toBe(false);
    expect(coupled.has(sim.appId('whitewave-prod'))).toBe(true);
  });
});
