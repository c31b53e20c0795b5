import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {AppCard, Stage} from '../../source/board/types.js';
import {ApiError, UnauthorizedError} from '../../source/heroku/errors.js';
import type {ServicesDeps} from '../../source/services/deps.js';
import {configValueClasses, createDriftServices} from '../../source/services/drift.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {depsFor as simulatorDeps} from './deps.js';

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator();
});

afterEach(async () => {
  await sim.close();
});

function card(name: string, stage: Stage): AppCard {
  return {
    id: sim.appId(name),
    name,
    stage,
    release: null,
    deployedRelease: null,
    commit: null,
    maintenance: false,
    dynos: null,
    stack: null,
    region: null,
    webUrl: null,
    generation: 'cedar',
    namingWarning: null,
  };
}

function depsFor(overrides: Partial<ServicesDeps> = {}): ServicesDeps {
  return simulatorDeps(sim, {
    diff: {compare: () => Promise.reject(new Error('not used'))},
    ...overrides,
  });
}

const configRequests = () => sim.requests.filter((r) => r.path.endsWith('/config-vars'));

describe('configValueClasses', () => {
  it('says per name whether the values are equal, and nothing else', () => {
    const classes = configValueClasses(
      {SAME: 'x', DIFF: 'secret-a', ONLY_FROM: 'y'},
      {SAME: 'x', DIFF: 'secret-b', ONLY_TO: 'z'},
    );
    expect(classes).toEqual({
      from: {SAME: 0, DIFF: 0, ONLY_FROM: 0},
      to: {SAME: 0, DIFF: 1, ONLY_TO: 1},
    });
  });
});

describe('createDriftServices against the simulator', () => {
  it('reports the demo drift between whitewave-staging and whitewave-prod', async () => {
    const services = createDriftServices(depsFor());
    const drift = await services.drift(
      card('whitewave-staging', 'staging'),
      card('whitewave-prod', 'production'),
    );
    expect(drift.from).toEqual({
      appId: sim.appId('whitewave-staging'),
      app: 'whitewave-staging',
      stage: 'staging',
    });
    expect(drift.config.onlyInFrom).toContain('FEATURE_CHECKOUT_V2');
    expect(drift.config.onlyInTo).toContain('PAPERTRAIL_API_TOKEN');
    expect(drift.config.differs).toEqual(
      expect.arrayContaining(['APP_HOST', 'DATABASE_URL', 'SECRET_KEY_BASE', 'WEB_CONCURRENCY']),
    );
    expect(drift.config.same).toEqual(expect.arrayContaining(['LANG', 'RAILS_ENV', 'SENTRY_DSN']));
    const addon = (service: string) => drift.addons.find((a) => a.service === service);
    expect(addon('heroku-postgresql')?.status).toBe('differs');
    expect(addon('papertrail')?.status).toBe('only-to');
    expect(drift.formation.find((p) => p.type === 'web')).toMatchObject({
      status: 'differs',
      from: {quantity: 1, size: 'Standard-1X'},
      to: {quantity: 2, size: 'Standard-2X'},
    });
    expect(drift.stack.same).toBe(true);
    expect(drift.region).toEqual({from: 'us', to: 'us', same: true});
    expect(drift.buildpacks).toEqual({
      from: ['heroku/nodejs', 'heroku/ruby'],
      to: ['heroku/nodejs', 'heroku/ruby'],
      same: true,
    });
  });

  it('fetches both apps in parallel', async () => {
    await sim.close();
    sim = await startSimulator({latencyMs: 150});
    const services = createDriftServices(depsFor());
    const started = sim.requests.length;
    await services.drift(
      card('whitewave-staging', 'staging'),
      card('whitewave-prod', 'production'),
    );
    const requests = sim.requests.slice(started);
    expect(requests).toHaveLength(10);
    const firstEnd = Math.min(...requests.map((r) => r.endedAt));
    // Every request reached the server before the first answer went out.
    for (const request of requests) expect(request.startedAt).toBeLessThan(firstEnd);
  });

  it('never sends config vars conditionally: their values are not cached', async () => {
    const services = createDriftServices(depsFor());
    const staging = card('whitewave-staging', 'staging');
    const prod = card('whitewave-prod', 'production');
    await services.drift(staging, prod);
    await services.drift(staging, prod);
    expect(configRequests()).toHaveLength(4);
    expect(configRequests().every((r) => !r.conditional && r.status === 200)).toBe(true);
    // The other reads are cached, so the second drift of an unchanged pair costs little.
    const addons = sim.requests.filter((r) => r.path.endsWith('/addons'));
    expect(addons.filter((r) => r.conditional)).toHaveLength(2);
  });

  it('follows config changes', async () => {
    const services = createDriftServices(depsFor());
    const staging = card('whitewave-staging', 'staging');
    const prod = card('whitewave-prod', 'production');
    sim.setConfigVar('whitewave-prod', 'FEATURE_CHECKOUT_V2', 'false');
    sim.setConfigVar('whitewave-prod', 'WEB_CONCURRENCY', '2');
    const drift = await services.drift(staging, prod);
    expect(drift.config.onlyInFrom).not.toContain('FEATURE_CHECKOUT_V2');
    expect(drift.config.differs).toContain('FEATURE_CHECKOUT_V2');
    expect(drift.config.same).toContain('WEB_CONCURRENCY');
  });

  it('lists the config vars a promotion source has and each target lacks', async () => {
    const services = createDriftServices(depsFor());
    const staging = card('whitewave-staging', 'staging');
    const prod = card('whitewave-prod', 'production');
    expect(await services.missingConfigVars(staging, [prod])).toEqual({
      [prod.id]: ['FEATURE_CHECKOUT_V2'],
    });
    const dev = card('whitewave-dev', 'development');
    expect(await services.missingConfigVars(dev, [staging])).toEqual({[staging.id]: []});
    expect(await services.missingConfigVars(staging, [])).toEqual({});
  });

  it('fails with Heroku’s error and tells the session about a rejected token', async () => {
    const onUnauthorized = vi.fn();
    const services = createDriftServices(depsFor({onUnauthorized}));
    const staging = card('whitewave-staging', 'staging');
    const prod = card('whitewave-prod', 'production');
    sim.faults.add({
      kind: 'status',
      status: 403,
      id: 'forbidden',
      path: /\/config-vars$/,
      times: 1,
    });
    await expect(services.drift(staging, prod)).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
    sim.revokeToken();
    await expect(services.missingConfigVars(staging, [prod])).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(onUnauthorized).toHaveBeenCalled();
  });
});
