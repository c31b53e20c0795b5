import {afterEach, describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import {createSetupServices} from '../../source/services/setup.js';
import {PartialCreateError} from '../../source/contract/setup.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function services() {
  sim = await startSimulator();
  const client = new HerokuClient({
    apiUrl: sim.url,
    token: sim.token,
    retry: {limit: 0, baseDelayMs: 1},
  });
  return createSetupServices(client);
}

describe('setup services', () => {
  it("lists the account's and its teams' apps that are in no pipeline", async () => {
    const setup = await services();
    const apps = await setup.listUnpipedApps();
    expect(apps.map((a) => a.name)).toEqual([
      'avery-sandbox',
      'whitewave-canary-prod',
      'whitewave-prod-eu',
      'whitewave-staging-eu',
    ]);
    expect(apps.find((a) => a.name === 'whitewave-prod-eu')).toMatchObject({
      region: 'eu',
      team: 'whitewave',
      lastRelease: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
    });
    expect(sim.requests.map((r) => r.path)).toContain(
      `/teams/${[...sim.state.teams.values()][0]!.id}/apps`,
    );
  });

  it('lists the apps already in a pipeline with its name, and none of those in no pipeline', async () => {
    const setup = await services();
    const coupled = await setup.listCoupledApps();
    expect(coupled).toContainEqual({appName: 'whitewave-staging', pipelineName: 'whitewave'});
    expect(coupled.map((c) => c.appName)).not.toContain('whitewave-prod-eu');
  });

  it('offers the account and each team as owners', async () => {
    const setup = await services();
    const [you, ...teams] = await setup.listOwners();
    expect(you).toEqual({id: sim.state.account.id, type: 'user', name: sim.state.account.email});
    // The teams in the order Heroku lists them.
    expect(teams).toEqual(
      expect.arrayContaining(
        [...sim.state.teams.values()].map((team) => ({id: team.id, type: 'team', name: team.name})),
      ),
    );
    expect(teams).toHaveLength(sim.state.teams.size);
  });

  it('reports the created pipeline when the coupling is refused', async () => {
    const setup = await services();
    const error = await setup
      .createPipeline({name: 'aurora', app: {name: 'whitewave-dev', stage: 'development'}})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialCreateError);
    expect((error as PartialCreateError).created).toMatchObject({name: 'aurora'});
    expect((error as PartialCreateError).exitCode).toBe(1);
  });

  it('moves an app and says where it came from; the coupling of an app in none is null', async () => {
    const setup = await services();
    const moved = await setup.moveApp({app: 'whitewave-dev', stage: 'staging'});
    expect(moved).toMatchObject({from: 'development', coupling: {stage: 'staging'}});
    expect(await setup.couplingOf('avery-sandbox')).toBeNull();
  });
});
