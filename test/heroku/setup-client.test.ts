import {describe, expect, it} from 'vitest';
import {ApiError, NotFoundError} from '../../source/heroku/errors.js';
import {HerokuSetupClient} from '../../source/heroku/setup-client.js';
import {clientFor, simulator} from './helpers.js';

async function setUp(options: Parameters<typeof simulator>[0] = {}) {
  const sim = await simulator(options);
  const {client} = clientFor(sim); // GETs retry three times; writes never do
  return {sim, setup: new HerokuSetupClient(client)};
}

describe('HerokuSetupClient', () => {
  it('creates a pipeline, couples, moves and uncouples an app, renames and destroys', async () => {
    const {sim, setup} = await setUp();
    const pipeline = await setup.createPipeline({name: 'aurora'});
    expect(pipeline.name).toBe('aurora');
    const coupling = await setup.createCoupling({
      app: 'whitewave-prod-eu',
      pipelineId: pipeline.id,
      stage: 'staging',
    });
    expect(coupling.stage).toBe('staging');
    expect((await setup.updateCoupling(coupling.id, 'production')).stage).toBe('production');
    expect((await setup.renamePipeline(pipeline.id, 'aurora-eu')).name).toBe('aurora-eu');
    await setup.deleteCoupling(coupling.id);
    expect(sim.state.couplings.some((c) => c.id === coupling.id)).toBe(false);
    await setup.destroyPipeline(pipeline.id);
    expect(sim.state.pipelines.some((p) => p.id === pipeline.id)).toBe(false);
    expect(sim.requests.map((r) => `${r.method} ${r.path.split('/')[1]}`)).toEqual([
      'POST pipelines',
      'POST pipeline-couplings',
      'PATCH pipeline-couplings',
      'PATCH pipelines',
      'DELETE pipeline-couplings',
      'DELETE pipelines',
    ]);
  });

  it('sends POST, PATCH and DELETE once even when Heroku answers 503', async () => {
    const {sim, setup} = await setUp();
    for (const method of ['POST', 'PATCH', 'DELETE']) {
      sim.faults.add({kind: 'status', status: 503, method, times: 5});
    }
    await expect(setup.createPipeline({name: 'aurora'})).rejects.toBeInstanceOf(ApiError);
    await expect(setup.updateCoupling('c', 'staging')).rejects.toBeInstanceOf(ApiError);
    await expect(setup.destroyPipeline('p')).rejects.toBeInstanceOf(ApiError);
    expect(sim.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'DELETE']);
  });

  it('reads every page of the apps, teams and couplings lists', async () => {
    const {sim, setup} = await setUp({pageSize: 2});
    const apps = await setup.apps();
    expect(apps).toHaveLength(sim.state.apps.length);
    expect(new Set(apps.map((a) => a.id)).size).toBe(apps.length);
    expect((await setup.allCouplings()).length).toBe(sim.state.couplings.length);
    const teams = await setup.teams();
    expect(teams.map((t) => t.name).sort()).toEqual(
      [...sim.state.teams.values()].map((t) => t.name).sort(),
    );
    const team = teams.find((t) => t.name === 'whitewave');
    const teamApps = await setup.teamApps(team!.id);
    expect(teamApps.length).toBe(sim.state.apps.filter((a) => a.teamId === team!.id).length);
    expect(sim.requests.filter((r) => r.path === '/apps').length).toBeGreaterThan(2);
  });

  it("keeps Heroku's refusal: a taken name is 422 with its message, an unknown team 404", async () => {
    const {setup} = await setUp();
    const taken = await setup.createPipeline({name: 'tally'}).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ApiError);
    expect((taken as ApiError).status).toBe(422);
    expect((taken as ApiError).message).toBe('Name has already been taken.');
    await expect(setup.team('nobody')).rejects.toBeInstanceOf(NotFoundError);
  });
});
