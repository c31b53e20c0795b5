import {afterEach, describe, expect, it} from 'vitest';
import {parseLogLine} from '../../source/board/log-line.js';
import type {WireDyno} from '../../source/heroku/wire.js';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator, SimulatorOptions} from '../../source/simulator/index.js';
import {call, waitFor} from './helpers.js';
import {promoteToProduction} from './log-helpers.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function start(options: SimulatorOptions = {}) {
  sim = await startSimulator({promotionStepMs: 20, ...options});
}

async function history(app: string, body: Record<string, unknown>): Promise<string[]> {
  const session = await call(sim, `/apps/${app}/log-sessions`, {method: 'POST', body});
  expect(session.status).toBe(201);
  const url = (session.body as {logplex_url: string}).logplex_url;
  const text = await (await fetch(url)).text();
  return text.split('\n').filter(Boolean);
}

describe('simulated logs', () => {
  it('needs the token for a session but not for the stream, and checks its parameters', async () => {
    await start();
    const anonymous = await call(sim, '/apps/whitewave-prod/log-sessions', {
      method: 'POST',
      body: {tail: false},
      auth: false,
    });
    expect(anonymous.status).toBe(401);
    const tooMany = await call(sim, '/apps/whitewave-prod/log-sessions', {
      method: 'POST',
      body: {lines: 1501},
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({id: 'invalid_params'});
    const missing = await call(sim, '/apps/nope/log-sessions', {method: 'POST', body: {}});
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({id: 'not_found'});
  });

  it('speaks from each process type and the router, with realistic router fields', async () => {
    await start();
    const lines = (await history('whitewave-prod', {lines: 1500})).map(parseLogLine);
    expect(lines).toHaveLength(1500);
    const types = new Set(lines.map((l) => (l.router ? 'router' : l.processType)));
    expect(types).toEqual(new Set(['web', 'worker', 'router']));
    const router = lines.find((l) => l.router?.at === 'info')!.router!;
    expect(router.method).toMatch(/^(GET|POST|PUT)$/);
    expect(router.host).toMatch(/^whitewave-prod[-0-9a-f]*\.herokuapp\.com$/);
    expect(router.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(router.dyno).toMatch(/^web\.\d$/);
    expect(router.serviceMs).toBeGreaterThan(0);
    expect(router.protocol).toBe('https');
    // whitewave-prod's worker.1 is crashed in the demo: it says so.
    expect(lines.some((l) => l.dyno === 'worker.1' && l.message.includes('crashed'))).toBe(true);
    // History is in time order.
    const times = lines.map((l) => l.timeMs!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('answers H10 while every web dyno is crashed', async () => {
    await start();
    sim.setDynoState('whitewave-staging', 'web.1', 'crashed');
    const lines = (await history('whitewave-staging', {lines: 300, dyno: 'router'})).map(
      parseLogLine,
    );
    const fresh = lines.slice(-5);
    expect(fresh.every((l) => l.router?.code === 'H10' && l.lineClass === 'h-error')).toBe(true);
  });

  it('ends a tailing stream when the session expires', async () => {
    await start({logs: {sessionMs: 300}});
    const session = await call(sim, '/apps/whitewave-prod/log-sessions', {
      method: 'POST',
      body: {tail: true, lines: 1},
    });
    const started = Date.now();
    const text = await (await fetch((session.body as {logplex_url: string}).logplex_url)).text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(1);
  });

  it('moves dynos to the new release one by one after a promotion', async () => {
    await start({rollingRestartMs: 150});
    const dynos = async () => (await call(sim, '/apps/whitewave-prod/dynos')).body as WireDyno[];
    const before = Math.max(...(await dynos()).map((d) => d.release!.version));
    await promoteToProduction(sim);
    const early = await dynos();
    expect(early.some((d) => d.release!.version === before)).toBe(true);
    const later = await waitFor(async () => {
      const now = await dynos();
      return now.every((d) => d.release!.version > before) ? now : undefined;
    });
    expect(new Set(later.map((d) => d.release!.version)).size).toBe(1);
  });

  it('turns production to 5xx and H12 after a promotion in the failing scenario', async () => {
    await start({logs: {scenario: 'failing-promotion', requestsPerSecond: 200}});
    const router = async () =>
      (await history('whitewave-prod', {lines: 400, dyno: 'router'})).map(parseLogLine);
    const healthy = await router();
    expect(healthy.filter((l) => (l.router?.status ?? 0) >= 500)).toHaveLength(0);
    await promoteToProduction(sim);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await router();
    const recent = after.filter((l) => l.timeMs! > Date.now() - 250);
    expect(recent.some((l) => l.router?.code === 'H12')).toBe(true);
    expect(recent.filter((l) => (l.router?.status ?? 0) >= 500).length).toBeGreaterThan(
      recent.length * 0.1,
    );
  });
});
