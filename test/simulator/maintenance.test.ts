import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

let sim: Simulator;
afterEach(async () => sim.close());

async function patch(path: string, body: unknown) {
  const response = await fetch(`${sim.url}${path}`, {
    method: 'PATCH',
    headers: {
      Authorization: `Bearer ${sim.token}`,
      Accept: 'application/vnd.heroku+json; version=3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}

describe('the simulator: maintenance mode and a second production app', () => {
  it('turns maintenance on and off with PATCH /apps/{app}', async () => {
    sim = await startSimulator();
    const on = await patch('/apps/whitewave-prod', {maintenance: true});
    expect(on.status).toBe(200);
    expect(on.body.maintenance).toBe(true);
    expect(sim.state.apps.find((a) => a.name === 'whitewave-prod')!.maintenance).toBe(true);
    const off = await patch(`/apps/${sim.appId('whitewave-prod')}`, {maintenance: false});
    expect(off.body.maintenance).toBe(false);
  });

  it("answers Heroku's error shapes", async () => {
    sim = await startSimulator();
    expect(await patch('/apps/nope', {maintenance: true})).toMatchObject({
      status: 404,
      body: {id: 'not_found'},
    });
    expect(await patch('/apps/whitewave-prod', {maintenance: 'yes'})).toMatchObject({
      status: 422,
      body: {id: 'invalid_params'},
    });
  });

  it('couples whitewave-prod-eu to production when asked', async () => {
    sim = await startSimulator({secondProduction: true});
    const eu = sim.appId('whitewave-prod-eu');
    expect(sim.state.couplings.find((c) => c.appId === eu)?.stage).toBe('production');
  });
});
