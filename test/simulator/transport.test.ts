import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator} from '../../source/simulator/index.js';
import {call} from './helpers.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

describe('auth and Accept', () => {
  it('accepts the token as Bearer or as the Basic password, and nothing else', async () => {
    sim = await startSimulator({token: 'HRKU-sim-test'});
    expect((await call(sim, '/account')).status).toBe(200);
    const basic = Buffer.from(':HRKU-sim-test').toString('base64');
    const viaBasic = await call(sim, '/account', {headers: {Authorization: `Basic ${basic}`}});
    expect(viaBasic.status).toBe(200);
    for (const authorization of ['Bearer nope', 'HRKU-sim-test', '']) {
      const answer = await call(sim, '/account', {headers: {Authorization: authorization}});
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({
        id: 'unauthorized',
        message: 'Invalid credentials provided.',
        url: expect.any(String),
      });
    }
  });

  it('answers 401 for every request once the token is revoked', async () => {
    sim = await startSimulator();
    expect((await call(sim, '/pipelines')).status).toBe(200);
    sim.revokeToken();
    expect((await call(sim, '/pipelines')).status).toBe(401);
    expect((await call(sim, '/account')).body).toMatchObject({id: 'unauthorized'});
  });

  it('answers 406 not_acceptable without the v3 Accept and takes every variant', async () => {
    sim = await startSimulator();
    for (const accept of ['application/json', 'application/vnd.heroku+json; version=2', '']) {
      const answer = await call(sim, '/account', {headers: {Accept: accept}});
      expect(answer.status).toBe(406);
      expect(answer.body).toMatchObject({id: 'not_acceptable'});
    }
    for (const variant of ['3', '3.sdk', '3.pipelines', '3.filters', '3.repositories-api']) {
      const accept = `application/vnd.heroku+json; version=${variant}`;
      expect((await call(sim, '/account', {headers: {Accept: accept}})).status).toBe(200);
    }
  });
});

describe('headers and rate limit', () => {
  it('sends a Request-Id, RateLimit-Remaining and JSON on every answer, errors included', async () => {
    sim = await startSimulator();
    for (const path of ['/account', '/apps/no-such-app']) {
      const answer = await call(sim, path);
      expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
      expect(answer.headers.get('content-type')).toContain('application/json');
    }
    const missing = await call(sim, '/apps/no-such-app');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({id: 'not_found', message: "Couldn't find that app."});
  });

  it('spends one token per call except on /account/rate-limits, then answers 429', async () => {
    sim = await startSimulator({rateLimitRefillPerMinute: 0});
    const first = Number((await call(sim, '/account')).headers.get('ratelimit-remaining'));
    expect(first).toBe(4499);
    const second = Number((await call(sim, '/pipelines')).headers.get('ratelimit-remaining'));
    expect(second).toBe(4498);
    const free = await call(sim, '/account/rate-limits');
    expect(free.body).toEqual({remaining: 4498});
    expect((await call(sim, '/account/rate-limits')).body).toEqual({remaining: 4498});

    sim.state.rateLimit.remaining = 1;
    expect((await call(sim, '/account')).status).toBe(200);
    const limited = await call(sim, '/account');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({id: 'rate_limit'});
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('refills the bucket over time', async () => {
    sim = await startSimulator({rateLimitRefillPerMinute: 60_000});
    sim.state.rateLimit.remaining = 0;
    sim.state.rateLimit.refilledAt = Date.now() - 50;
    expect((await call(sim, '/account')).status).toBe(200);
  });
});

describe('ETag and 304', () => {
  it('gives a stable ETag and answers 304 with an empty body when it matches', async () => {
    sim = await startSimulator();
    const first = await call(sim, '/pipelines');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect((await call(sim, '/pipelines')).headers.get('etag')).toBe(etag);
    const again = await call(sim, '/pipelines', {headers: {'If-None-Match': etag!}});
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(sim.requests.at(-1)).toMatchObject({status: 304, conditional: true});
  });

  it('changes the ETag when the resource changes', async () => {
    sim = await startSimulator();
    const path = '/apps/whitewave-staging/releases';
    const etag = (await call(sim, path)).headers.get('etag')!;
    sim.deploy('whitewave-staging', {message: 'Fix checkout button colour'});
    const changed = await call(sim, path, {headers: {'If-None-Match': etag}});
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('caches POST /filters/apps like a read', async () => {
    sim = await startSimulator();
    const body = {in: {id: [sim.appId('whitewave-staging'), sim.appId('whitewave-prod')]}};
    const headers = {Accept: 'application/vnd.heroku+json; version=3.filters'};
    const first = await call(sim, '/filters/apps', {method: 'POST', body, headers});
    expect((first.body as Array<{name: string}>).map((a) => a.name).sort()).toEqual([
      'whitewave-prod',
      'whitewave-staging',
    ]);
    const etag = first.headers.get('etag')!;
    const second = await call(sim, '/filters/apps', {
      method: 'POST',
      body,
      headers: {...headers, 'If-None-Match': etag},
    });
    expect(second.status).toBe(304);
  });
});

describe('faults', () => {
  it('answers a status fault with Heroku error fields, then stops after `times`', async () => {
    sim = await startSimulator();
    sim.faults.add({kind: 'status', status: 503, path: '/account', times: 2});
    expect((await call(sim, '/account')).body).toMatchObject({id: 'service_unavailable'});
    expect((await call(sim, '/account')).status).toBe(503);
    expect((await call(sim, '/account')).status).toBe(200);
  });

  it('uses the given id and message and matches method and RegExp paths', async () => {
    sim = await startSimulator();
    sim.faults.add({
      kind: 'status',
      status: 403,
      id: 'suspended',
      message: 'This account is suspended.',
      method: 'GET',
      path: /^\/apps\/[^/]+\/releases$/,
    });
    const hit = await call(sim, '/apps/whitewave-prod/releases');
    expect(hit.status).toBe(403);
    expect(hit.body).toMatchObject({id: 'suspended', message: 'This account is suspended.'});
    expect((await call(sim, '/apps/whitewave-prod')).status).toBe(200);
    sim.faults.clear();
    expect((await call(sim, '/apps/whitewave-prod/releases')).status).toBe(200);
  });

  it('sends a broken JSON body with 200 for a malformed fault', async () => {
    sim = await startSimulator();
    sim.faults.add({kind: 'malformed', path: '/pipelines', times: 1});
    const answer = await call(sim, '/pipelines');
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('destroys the socket for a reset fault', async () => {
    sim = await startSimulator();
    sim.faults.add({kind: 'reset', path: '/account', times: 1});
    await expect(call(sim, '/account')).rejects.toThrow();
    expect(sim.requests[0]).toMatchObject({path: '/account', status: 0});
    expect((await call(sim, '/account')).status).toBe(200);
  });

  it('delays a slow fault and still answers', async () => {
    sim = await startSimulator();
    sim.faults.add({kind: 'slow', delayMs: 150, path: '/account', times: 1});
    const started = Date.now();
    expect((await call(sim, '/account')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('requests and concurrency', () => {
  it('records every request with its method, path, status, body and two-factor code', async () => {
    sim = await startSimulator();
    await call(sim, '/pipelines?eq[name]=whitewave');
    await call(sim, '/pipeline-promotions', {
      method: 'POST',
      body: {nope: true},
      headers: {'Heroku-Two-Factor-Code': '123456'},
    });
    expect(sim.requests).toHaveLength(2);
    expect(sim.requests[0]).toMatchObject({method: 'GET', path: '/pipelines?eq[name]=whitewave'});
    expect(sim.requests[1]).toMatchObject({
      method: 'POST',
      status: 422,
      body: {nope: true},
      twoFactorCode: '123456',
      conditional: false,
    });
    expect(sim.requests[1]!.endedAt).toBeGreaterThanOrEqual(sim.requests[1]!.startedAt);
  });

  it('answers concurrent requests to the same path in parallel, latency applied to each', async () => {
    sim = await startSimulator({latencyMs: 200});
    const started = Date.now();
    const answers = await Promise.all(Array.from({length: 8}, () => call(sim, '/account')));
    const elapsed = Date.now() - started;
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1500);
  });

  it('listens on 127.0.0.1 and exposes the service URLs', async () => {
    sim = await startSimulator();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.kolkrabbiUrl).toBe(`${sim.url}/kolkrabbi`);
    expect(sim.githubUrl).toBe(`${sim.url}/github/api/v3`);
    expect(sim.token).toMatch(/^HRKU-sim-/);
  });
});
