import {randomBytes, randomUUID} from 'node:crypto';
import type {ServerResponse} from 'node:http';
import {herokuError, json, notFound} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {lineOrigin, linesAt, seededRandom, type LineSource} from './log-lines.js';
import {couplingOf, currentRelease, findApp} from './state.js';
import type {SimApp, SimState} from './state.js';

// Log sessions and a logplex-like stream at an unguessable URL: history first (`lines`), then,
// with `tail`, new lines as they happen, until the session expires or the stream is dropped.

export type LogOptions = {
  // 'failing-promotion': production apps answer 5xx and H12 once a promotion lands on them.
  scenario?: 'healthy' | 'failing-promotion';
  requestsPerSecond?: number; // per app (default 4)
  sessionMs?: number; // how long a stream stays open (default 10 minutes)
};

type Session = {appId: string; tail: boolean; lines: number; filter: Filter; expiresAt: number};
type Filter = {source: string | null; dyno: string | null; type: string | null};
type AppLog = {history: string[]; src: LineSource; lastMs: number; carry: number};

type LogWorld = {
  options: Required<LogOptions>;
  startedAt: number;
  apps: Map<string, AppLog>;
  sessions: Map<string, Session>;
  streams: Set<{res: ServerResponse; session: Session}>;
  failing: Set<string>; // app ids made to fail after their next promotion
  ticking: boolean;
};

const HISTORY = 1500;
const TICK_MS = 250;
const worlds = new WeakMap<SimState, LogWorld>();

export function logWorld(state: SimState, options: LogOptions = {}): LogWorld {
  let world = worlds.get(state);
  if (!world) {
    world = {
      options: {scenario: 'healthy', requestsPerSecond: 4, sessionMs: 600_000, ...options},
      startedAt: Date.now(),
      apps: new Map(),
      sessions: new Map(),
      streams: new Set(),
      failing: new Set(),
      ticking: false,
    };
    worlds.set(state, world);
  }
  return world;
}

// From when the app answers 5xx and H12 (its promotion went live), or null while it is fine.
function failingSince(state: SimState, world: LogWorld, app: SimApp): number | null {
  const flagged =
    world.failing.has(app.id) ||
    (world.options.scenario === 'failing-promotion' &&
      couplingOf(state, app.id)?.stage === 'production');
  if (!flagged) return null;
  const release = currentRelease(app);
  if (!release || !release.description.startsWith('Promote')) return null;
  const since = Date.parse(release.updatedAt);
  return since >= world.startedAt ? since : null;
}

function generate(state: SimState, world: LogWorld, log: AppLog, app: SimApp, toMs: number) {
  const out: string[] = [];
  const perMs = world.options.requestsPerSecond / 1000;
  const since = failingSince(state, world, app);
  let due = (toMs - log.lastMs) * perMs + log.carry;
  const count = Math.floor(due);
  for (let i = 0; i < count; i++) {
    const ms = log.lastMs + ((i + 1) / count) * (toMs - log.lastMs);
    log.src.mode = since !== null && ms >= since ? 'failing' : 'healthy';
    out.push(...linesAt(ms, log.src));
  }
  due -= count;
  log.carry = due;
  log.lastMs = toMs;
  log.history.push(...out);
  if (log.history.length > HISTORY) log.history.splice(0, log.history.length - HISTORY);
  return out;
}

function appLog(state: SimState, world: LogWorld, app: SimApp): AppLog {
  let log = world.apps.get(app.id);
  if (!log) {
    // Up to ten minutes of history, so the minutes before a promotion have figures; no more
    // than the 1,500 lines a session can ask for (a request makes about 1.7 lines).
    const now = Date.now();
    const backMs = Math.min(600_000, (1000 * HISTORY) / world.options.requestsPerSecond / 1.7);
    const src: LineSource = {app, random: seededRandom(app.name), mode: 'healthy', seq: 0};
    log = {history: [], src, lastMs: now - backMs, carry: 0};
    world.apps.set(app.id, log);
    generate(state, world, log, app, now);
  }
  return log;
}

function passes(filter: Filter, text: string): boolean {
  const {source, dyno} = lineOrigin(text);
  if (filter.source !== null && source !== filter.source) return false;
  if (filter.dyno !== null && dyno !== filter.dyno && dyno.split('.')[0] !== filter.dyno) {
    return false;
  }
  if (filter.type !== null && dyno.split('.')[0] !== filter.type) return false;
  return true;
}

function tick(ctx: RouteContext, world: LogWorld): void {
  const now = Date.now();
  for (const stream of [...world.streams]) {
    if (now >= stream.session.expiresAt || stream.res.destroyed) {
      world.streams.delete(stream);
      stream.res.end();
    }
  }
  const active = new Set([...world.streams].map((s) => s.session.appId));
  for (const appId of active) {
    const app = ctx.state.apps.find((a) => a.id === appId);
    if (!app) continue;
    const fresh = generate(ctx.state, world, appLog(ctx.state, world, app), app, now);
    for (const stream of world.streams) {
      if (stream.session.appId !== appId) continue;
      const text = fresh.filter((l) => passes(stream.session.filter, l));
      if (text.length > 0) stream.res.write(`${text.join('\n')}\n`);
    }
  }
  if (world.streams.size === 0) {
    world.ticking = false;
    return;
  }
  ctx.schedule(() => tick(ctx, world), TICK_MS);
}

function name(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function createSession(ctx: RouteContext, app: SimApp): Reply {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const lines = body.lines ?? 100;
  if (typeof lines !== 'number' || !Number.isInteger(lines) || lines < 0 || lines > HISTORY) {
    return herokuError(422, 'invalid_params', 'lines must be an integer from 0 to 1500.');
  }
  if (body.tail !== undefined && typeof body.tail !== 'boolean') {
    return herokuError(422, 'invalid_params', 'tail must be a boolean.');
  }
  const source = name(body.source);
  if (source !== null && source !== 'app' && source !== 'heroku') {
    return herokuError(422, 'invalid_params', 'source must be app or heroku.');
  }
  const world = logWorld(ctx.state);
  const token = randomBytes(24).toString('hex');
  world.sessions.set(token, {
    appId: app.id,
    tail: body.tail === true,
    lines,
    filter: {source, dyno: name(body.dyno) ?? name(body.dyno_name), type: name(body.type)},
    expiresAt: Date.now() + world.options.sessionMs,
  });
  const at = new Date().toISOString();
  return json(
    {id: randomUUID(), logplex_url: `${ctx.baseUrl}/streams/logs/${token}`, created_at: at},
    201,
  );
}

function openStream(ctx: RouteContext, token: string): Reply {
  const world = logWorld(ctx.state);
  const session = world.sessions.get(token);
  // One use per session, as the URL is the only secret.
  world.sessions.delete(token);
  const app = session && ctx.state.apps.find((a) => a.id === session.appId);
  if (!session || !app || Date.now() >= session.expiresAt) {
    return {status: 404, text: 'Not Found\n'};
  }
  const log = appLog(ctx.state, world, app);
  generate(ctx.state, world, log, app, Date.now());
  const history = log.history.filter((l) => passes(session.filter, l)).slice(-session.lines);
  const start = session.lines > 0 && history.length > 0 ? `${history.join('\n')}\n` : '';
  return {
    status: 200,
    headers: {'Content-Type': 'text/plain; charset=utf-8'},
    stream(res) {
      res.write(start);
      if (!session.tail) return void res.end();
      world.streams.add({res, session});
      res.on('close', () => {
        for (const s of world.streams) if (s.res === res) world.streams.delete(s);
      });
      if (!world.ticking) {
        world.ticking = true;
        ctx.schedule(() => tick(ctx, world), TICK_MS);
      }
    },
  };
}

// Ends every open log stream, as an expired session would.
export function dropLogStreams(state: SimState): number {
  const world = logWorld(state);
  const count = world.streams.size;
  for (const stream of world.streams) stream.res.end();
  world.streams.clear();
  return count;
}

export function failAfterPromotion(state: SimState, appId: string): void {
  logWorld(state).failing.add(appId);
}

export const logRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/apps\/([^/]+)\/log-sessions$/,
    zone: 'heroku',
    handle(ctx, [id]) {
      const app = findApp(ctx.state, decodeURIComponent(id!));
      return app ? createSession(ctx, app) : notFound('app');
    },
  },
  {
    method: 'GET',
    pattern: /^\/streams\/logs\/([0-9a-f]{48})$/,
    zone: 'stream',
    handle: (ctx, [token]) => openStream(ctx, token!),
  },
];
