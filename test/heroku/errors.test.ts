import {inspect} from 'node:util';
import {describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import {
  ApiError,
  HostRefusedError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TwoFactorRequiredError,
  UnauthorizedError,
  writeMayHaveLanded,
} from '../../source/heroku/errors.js';
import {resolveApiUrl} from '../../source/heroku/host.js';
import {caught, clientFor, simulator} from './helpers.js';

const REQUEST_ID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/;

describe('typed errors', () => {
  it.each([
    [401, undefined, UnauthorizedError, 'unauthorized', 'Invalid credentials provided.'],
    [403, 'forbidden', ApiError, 'forbidden', 'You do not have access to this resource.'],
    [404, undefined, NotFoundError, 'not_found', 'Not found.'],
    [422, undefined, ApiError, 'invalid_params', 'Invalid parameters.'],
  ] as const)('%i %s', async (status, id, type, expectedId, message) => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'status', status, id, path: '/account'});
    const error = (await caught(client.account())) as ApiError;
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({status, id: expectedId, method: 'GET', path: '/account', message});
    expect(error.requestId).toMatch(REQUEST_ID);
    expect(error.describe()).toBe(`${message} (Request-Id ${error.requestId})`);
    expect(sim.requests.length).toBe(1);
  });

  it('makes a Heroku message one sentence and keeps the token out of it', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({
      kind: 'status',
      status: 400,
      message: `bad  request\nfor token ${sim.token}\u001b[31m`,
    });
    const error = (await caught(client.account())) as ApiError;
    expect(error.message).toBe('Bad request for token [redacted].');
    expect(JSON.stringify({...error, message: error.message, stack: error.stack})).not.toContain(
      sim.token,
    );
  });

  it('drops direction controls and OSC sequences from a Heroku message', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({
      kind: 'status',
      status: 403,
      message: 'app \u202edorp\u202c is \u001b]0;pwned\u0007locked',
    });
    const error = (await caught(client.account())) as ApiError;
    expect(error.message).toBe('App dorp is locked.');
  });

  it('keeps the token out of an inspected or serialised client', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    await client.account();
    expect(inspect(client, {depth: 20, showHidden: true})).not.toContain(sim.token);
    expect(JSON.stringify(client)).not.toContain(sim.token);
  });

  it('words a real 401 for a revoked token', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.revokeToken();
    const error = await caught(client.listPipelines());
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).not.toContain(sim.token);
  });

  it('reports a body that is not JSON as malformed, without retrying', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'malformed', path: '/account'});
    const error = (await caught(client.account())) as MalformedResponseError;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toBe('Heroku answered GET /account with a body that is not JSON.');
    expect(error.status).toBe(200);
    expect(error.requestId).toMatch(REQUEST_ID);
    expect(sim.requests.length).toBe(1);
  });
});

describe('retries', () => {
  it('retries a GET after connection resets', async () => {
    const sim = await simulator();
    const {client, events} = clientFor(sim);
    sim.faults.add({kind: 'reset', path: '/account', times: 2});
    const account = await client.account();
    expect(account.email).toBe(sim.state.account.email);
    expect(sim.requests.map((r) => r.status)).toEqual([0, 0, 200]);
    expect(events.map((e) => e.status)).toEqual([null, null, 200]);
  });

  it('retries a GET after a burst of 5xx', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'status', status: 503, path: '/pipelines', times: 2});
    sim.faults.add({kind: 'status', status: 500, path: '/pipelines', times: 1});
    const pipelines = await client.listPipelines();
    expect(pipelines.length).toBe(sim.state.pipelines.length);
    expect(sim.requests.map((r) => r.status)).toEqual([503, 503, 500, 200]);
  });

  it('gives up after the retry limit with the last error', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim, {retry: {limit: 2, baseDelayMs: 1}});
    sim.faults.add({kind: 'status', status: 502, path: '/account'});
    const error = (await caught(client.account())) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({status: 502, id: 'bad_gateway', message: 'Bad gateway.'});
    expect(sim.requests.length).toBe(3);
  });

  it('reports a network error in words, without the URL', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim, {retry: {limit: 1, baseDelayMs: 1}});
    sim.faults.add({kind: 'reset', path: '/account'});
    const error = (await caught(client.account())) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe(
      `Could not reach ${new URL(sim.url).host}: the connection was reset.`,
    );
    expect(error.status).toBeNull();
    expect(sim.requests.length).toBe(2);
  });

  it('waits out a 429 once and then succeeds', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'status', status: 429, path: '/account', times: 1});
    await client.account();
    expect(sim.requests.map((r) => r.status)).toEqual([429, 200]);
    // A rate limit waits at least four times the base delay.
    expect(sim.requests[1]!.startedAt - sim.requests[0]!.endedAt).toBeGreaterThanOrEqual(3);
  });

  it('does not wait for a Retry-After beyond its bound', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({
      kind: 'status',
      status: 429,
      path: '/account',
      headers: {'Retry-After': '600'},
    });
    const error = (await caught(client.account())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({status: 429, id: 'rate_limit'});
    expect(error.requestId).toMatch(REQUEST_ID);
    expect(sim.requests.length).toBe(1);
  });

  it('sends a failing promotion POST exactly once', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'status', status: 503, method: 'POST', path: '/pipeline-promotions'});
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const input = {
      pipelineId: sim.state.pipelines.find((p) => p.name === 'whitewave')!.id,
      sourceAppId: staging.id,
      releaseId: staging.releases.at(-1)!.id,
      targetAppIds: [sim.appId('whitewave-prod')],
    };
    const error = (await caught(client.createPromotion(input))) as ApiError;
    expect(error).toMatchObject({status: 503, method: 'POST', path: '/pipeline-promotions'});
    expect(sim.requests.filter((r) => r.method === 'POST').length).toBe(1);
    expect(sim.promotions()).toEqual([]);
  });

  it('sends a rollback POST exactly once when the connection resets', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    sim.faults.add({kind: 'reset', method: 'POST'});
    const app = sim.state.apps.find((a) => a.name === 'whitewave-prod')!;
    const older = app.releases.at(-3)!;
    const error = await caught(client.rollback(app.name, older.id));
    expect(error).toBeInstanceOf(NetworkError);
    expect(sim.requests.length).toBe(1);
  });
});

describe('two-factor', () => {
  it('throws TwoFactorRequiredError, and the resend with a code goes through', async () => {
    const sim = await simulator({twoFactorCode: '424242'});
    const {client} = clientFor(sim);
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const release = staging.releases.findLast((r) => r.status === 'succeeded' && r.slugId)!;
    const input = {
      pipelineId: sim.state.pipelines.find((p) => p.name === 'whitewave')!.id,
      sourceAppId: staging.id,
      releaseId: release.id,
      targetAppIds: [sim.appId('whitewave-prod')],
    };
    const error = (await caught(client.createPromotion(input))) as TwoFactorRequiredError;
    expect(error).toBeInstanceOf(TwoFactorRequiredError);
    expect(error).toMatchObject({status: 403, id: 'two_factor'});
    expect(error.requestId).toMatch(REQUEST_ID);

    const promotion = await client.createPromotion({...input, twoFactorCode: '424242'});
    expect(promotion.status).toBe('pending');
    expect(sim.requests.map((r) => [r.method, r.status, r.twoFactorCode])).toEqual([
      ['POST', 403, null],
      ['POST', 201, '424242'],
    ]);
    expect(sim.promotions()).toEqual([
      expect.objectContaining({releaseId: release.id, targetAppIds: [sim.appId('whitewave-prod')]}),
    ]);
    const targets = await client.promotionTargets(promotion.id);
    expect(targets.map((t) => t.app.id)).toEqual([sim.appId('whitewave-prod')]);
    expect((await client.promotion(promotion.id)).id).toBe(promotion.id);
  });

  it('rolls back with a code', async () => {
    const sim = await simulator({twoFactorCode: '111111'});
    const {client} = clientFor(sim);
    const app = sim.state.apps.find((a) => a.name === 'bluebird-staging')!;
    const target = app.releases.findLast((r, i) => i < app.releases.length - 1 && r.slugId)!;
    expect(await caught(client.rollback(app.name, target.id))).toBeInstanceOf(
      TwoFactorRequiredError,
    );
    const release = await client.rollback(app.name, target.id, {twoFactorCode: '111111'});
    expect(release.description).toBe(`Rollback to v${target.version}`);
  });
});

describe('a refused HEROKU_HOST', () => {
  it('fails before any request is sent', async () => {
    const sim = await simulator();
    const build = () =>
      new HerokuClient({
        apiUrl: resolveApiUrl({HEROKU_HOST: 'api.heroku.com.evil.example'}),
        token: sim.token,
      });
    expect(build).toThrow(HostRefusedError);
    expect(sim.requests).toEqual([]);
  });
});

describe('writeMayHaveLanded', () => {
  it('is true for a lost or unreadable answer, false when nothing left this machine', () => {
    const network = (code: string) => new NetworkError('Could not reach Heroku.', {id: code});
    expect(writeMayHaveLanded(network('ECONNRESET'))).toBe(true);
    expect(writeMayHaveLanded(network('ETIMEDOUT'))).toBe(true);
    expect(writeMayHaveLanded(new MalformedResponseError('Unreadable.', {status: 201}))).toBe(true);
    expect(writeMayHaveLanded(network('ECONNREFUSED'))).toBe(false);
    expect(writeMayHaveLanded(network('ENOTFOUND'))).toBe(false);
    expect(writeMayHaveLanded(new ApiError('Server error.', {status: 500}))).toBe(false);
    expect(writeMayHaveLanded(new Error('boom'))).toBe(false);
  });
});
