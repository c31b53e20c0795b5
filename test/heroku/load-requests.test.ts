import {describe, expect, it} from 'vitest';
import {FILTER_IDS_MAX} from '../../source/heroku/client.js';
import {clientFor, simulator} from './helpers.js';

describe('the requests of a board load', () => {
  it('splits more than 1,000 app ids into parallel filter requests, as Heroku requires', async () => {
    const sim = await simulator({seed: {largePipeline: {apps: 1100}}});
    const {client} = clientFor(sim);
    const ids = sim.state.apps.map((app) => app.id);
    expect(ids.length).toBeGreaterThan(FILTER_IDS_MAX);
    const {data} = await client.filterAppsWithMeta(ids);
    expect(new Set(data.map((app) => app.id))).toEqual(new Set(ids));
    const filters = sim.requests.filter((r) => r.path === '/filters/apps');
    expect(filters).toHaveLength(2);
    expect(filters.every((r) => r.status === 200)).toBe(true);
  });

  it('is refused by the simulator, as by Heroku, with more than 1,000 ids in one request', async () => {
    const sim = await simulator({seed: 'empty'});
    const response = await fetch(`${sim.url}/filters/apps`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sim.token}`,
        accept: 'application/vnd.heroku+json; version=3.filters',
        'content-type': 'application/json',
      },
      body: JSON.stringify({in: {id: Array.from({length: 1001}, (_, i) => `app-${i}`)}}),
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as {id: string}).id).toBe('invalid_params');
  });

  it('takes the pipeline record from the lookup by name instead of asking again, once', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const [found] = await client.pipelinesByName('whitewave');
    const record = await client.pipelineOnce(found!.id);
    expect(record.name).toBe('whitewave');
    expect(sim.requests.filter((r) => r.path === `/pipelines/${found!.id}`)).toHaveLength(0);
    // A second ask goes to Heroku: the record may have changed since.
    await client.pipelineOnce(found!.id);
    expect(sim.requests.filter((r) => r.path === `/pipelines/${found!.id}`)).toHaveLength(1);
  });
});
