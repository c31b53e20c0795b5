import {describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import {MalformedResponseError} from '../../source/heroku/errors.js';
import {VERSION} from '../../source/shared/version.js';
import {captureServer, caught, clientFor, simulator} from './helpers.js';

describe('HerokuClient against the simulator', () => {
  it('reads the account and tracks RateLimit-Remaining from every response', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    expect(client.rateLimitRemaining).toBeNull();
    const account = await client.account();
    expect(account.email).toBe(sim.state.account.email);
    expect(client.rateLimitRemaining).toBe(Math.floor(sim.state.rateLimit.remaining));
    const before = client.rateLimitRemaining!;
    await client.listPipelines();
    expect(client.rateLimitRemaining).toBeLessThan(before);
  });

  it('follows Next-Range over every page', async () => {
    const sim = await simulator({pageSize: 3});
    const {client} = clientFor(sim);
    const app = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const releases = await client.list<{version: number}>(`/apps/${app.id}/releases`, {
      accept: '3.sdk',
      range: 'version ..; max=1000;',
    });
    expect(releases.map((r) => r.version)).toEqual(app.releases.map((r) => r.version));
    const pages = sim.requests.filter((r) => r.path === `/apps/${app.id}/releases`);
    expect(pages.length).toBe(Math.ceil(app.releases.length / 3));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.slice(0, -1).every((r) => r.status === 206)).toBe(true);
    expect(pages.at(-1)!.status).toBe(200);
  });

  it('stops after limit items, newest first for releases()', async () => {
    const sim = await simulator({pageSize: 2});
    const {client} = clientFor(sim);
    const app = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const releases = await client.releases(app.name, {max: 5});
    const newest = app.releases.map((r) => r.version).reverse();
    expect(releases.map((r) => r.version)).toEqual(newest.slice(0, 5));
    expect(sim.requests.filter((r) => r.path.endsWith('/releases')).length).toBe(3);
  });

  it('answers a repeated GET from the ETag cache on 304', async () => {
    const sim = await simulator();
    const {client, events} = clientFor(sim);
    const first = await client.listPipelines();
    const second = await client.listPipelines();
    expect(second).toEqual(first);
    const [a, b] = sim.requests;
    expect(a).toMatchObject({conditional: false, status: 200});
    expect(b).toMatchObject({conditional: true, status: 304});
    expect(events.map((e) => [e.status, e.fromCache])).toEqual([
      [200, false],
      [304, true],
    ]);
    const again = await client.listWithMeta('/pipelines');
    expect(again.fromCache).toBe(true);
  });

  it('gets a fresh body when the resource changed', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const before = await client.app('whitewave-dev');
    sim.setMaintenance('whitewave-dev', !before.maintenance);
    const after = await client.app('whitewave-dev');
    expect(after.maintenance).toBe(!before.maintenance);
    expect(sim.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('caches POST /filters/apps by its body', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const ids = [sim.appId('whitewave-staging'), sim.appId('whitewave-prod')];
    const apps = await client.filterApps(ids);
    expect(apps.map((a) => a.name).sort()).toEqual(['whitewave-prod', 'whitewave-staging']);
    const again = await client.filterAppsWithMeta([...ids].reverse());
    expect(again.fromCache).toBe(true);
    const other = await client.filterAppsWithMeta([ids[0]!]);
    expect(other.fromCache).toBe(false);
    expect(other.data.map((a) => a.name)).toEqual(['whitewave-staging']);
    expect(sim.requests.map((r) => r.status)).toEqual([200, 304, 200]);
  });

  it('finds pipelines by name and the pipeline of an app', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const [found] = await client.pipelinesByName('bluebird');
    expect(found?.name).toBe('bluebird');
    expect(await client.pipelinesByName('no-such-pipeline')).toEqual([]);
    const coupling = await client.appCoupling('bluebird-production');
    expect(coupling.stage).toBe('production');
    expect((await client.pipeline(coupling.pipeline.id)).name).toBe('bluebird');
  });

  it('reads slugs once per id and OCI images as the first element', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const fir = sim.state.apps.find((a) => a.generation === 'fir')!;
    const firRelease = fir.releases.findLast((r) => r.ociImageId)!;
    const image = await client.ociImage(fir.id, firRelease.ociImageId!);
    expect(image.commit).toBe(sim.state.ociImages.get(firRelease.ociImageId!)!.commit);

    const app = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const slugId = app.releases.findLast((r) => r.slugId)!.slugId!;
    const [one, two] = await Promise.all([
      client.slug(app.id, slugId),
      client.slug(app.id, slugId),
    ]);
    expect(one.commit).toBe(sim.state.slugs.get(slugId)!.commit);
    expect(two).toBe(one);
    await client.slug(app.id, slugId);
    expect(sim.requests.filter((r) => r.path.includes('/slugs/')).length).toBe(1);
  });

  it('never caches config vars', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const vars = await client.configVars('whitewave-staging');
    expect(vars.RAILS_ENV).toBe('production');
    await client.configVars('whitewave-staging');
    expect(sim.requests.map((r) => r.conditional)).toEqual([false, false]);
  });

  it('reads dynos, formation, add-ons, builds and buildpacks', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const [dynos, formation, addons, builds, buildpacks] = await Promise.all([
      client.dynos('whitewave-prod'),
      client.formation('whitewave-prod'),
      client.addons('whitewave-prod'),
      client.builds('whitewave-staging'),
      client.buildpacks('whitewave-staging'),
    ]);
    expect(dynos.find((d) => d.name === 'worker.1')?.state).toBe('crashed');
    expect(formation.find((f) => f.type === 'web')?.quantity).toBe(2);
    expect(addons.map((a) => a.addon_service.name)).toContain('heroku-postgresql');
    expect(builds.length).toBeGreaterThan(0);
    expect(buildpacks.map((b) => b.buildpack.url)).toContain('heroku/ruby');
  });

  it('refuses a body that is not the expected shape', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const error = await caught(client.list('/account'));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).message).toBe(
      'Heroku answered GET /account with something other than a list.',
    );
    expect((error as MalformedResponseError).requestId).toMatch(/^[\da-f-]{36}$/);
  });
});

describe('HerokuClient concurrency', () => {
  it('keeps at most maxConcurrent requests in flight', async () => {
    const sim = await simulator({latencyMs: 15});
    const {client} = clientFor(sim, {maxConcurrent: 2});
    await Promise.all(sim.state.apps.map((app) => client.app(app.id)));
    expect(sim.requests).toHaveLength(sim.state.apps.length);
    const inFlight = sim.requests.map(
      (r) =>
        sim.requests.filter((o) => o.startedAt <= r.startedAt && r.startedAt < o.endedAt).length,
    );
    expect(Math.max(...inFlight)).toBe(2);
  });
});

describe('HerokuClient headers', () => {
  it('sends Accept, Authorization, User-Agent, and Content-Type only with a body', async () => {
    const server = await captureServer(() => ({
      status: 200,
      body: '{"id": "x", "email": "a@b.c"}',
    }));
    const client = new HerokuClient({apiUrl: server.url, token: 'secret-token'});
    await client.account();
    await client.pipeline('p1');
    await client.post(
      '/filters/apps',
      {in: {id: []}},
      {accept: '3.filters', twoFactorCode: '123456'},
    );
    const [get, pipeline, post] = server.requests;
    expect(get?.headers).toMatchObject({
      accept: 'application/vnd.heroku+json; version=3',
      authorization: 'Bearer secret-token',
      'user-agent': `pipeline-tui/${VERSION}`,
    });
    expect(get?.headers['content-type']).toBeUndefined();
    expect(pipeline?.headers.accept).toBe('application/vnd.heroku+json; version=3.pipelines');
    expect(post?.headers).toMatchObject({
      accept: 'application/vnd.heroku+json; version=3.filters',
      'content-type': 'application/json',
      'heroku-two-factor-code': '123456',
    });
    expect(JSON.parse(post!.body)).toEqual({in: {id: []}});
  });

  it('keeps a path prefix of the API URL and uses a custom User-Agent', async () => {
    const server = await captureServer(() => ({status: 200, body: '{"remaining": 12}'}));
    const client = new HerokuClient({
      apiUrl: `${server.url}/api/`,
      token: 't0ken',
      userAgent: 'x/1',
    });
    expect((await client.rateLimits()).remaining).toBe(12);
    expect(client.rateLimitRemaining).toBe(12);
    expect(server.requests[0]).toMatchObject({url: '/api/account/rate-limits'});
    expect(server.requests[0]?.headers['user-agent']).toBe('x/1');
  });

  it('does not follow a redirect, so the token never leaves the API host', async () => {
    const elsewhere = await captureServer(() => ({status: 200, body: '{}'}));
    const api = await captureServer(() => ({
      status: 302,
      body: '',
      headers: {location: `${elsewhere.url}/account`},
    }));
    const client = new HerokuClient({apiUrl: api.url, token: 'secret-token'});
    const error = await caught(client.account());
    expect((error as Error).message).toBe('Heroku answered 302 to GET /account.');
    expect(elsewhere.requests).toEqual([]);
  });
});
