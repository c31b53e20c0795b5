import {createHash, randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {gate} from './gate.js';
import {errorFor, herokuError} from './replies.js';
import type {Reply, Route, RouteContext, Zone} from './replies.js';
import type {SimState} from './state.js';

// The transport of the simulator: recording, latency, faults, auth, Accept, rate limit,
// ETag/304 and the headers every answer carries. Routes only deal with resources.

export type SimRequest = {
  method: string;
  path: string; // with query
  status: number; // 0 when the socket was reset without an answer
  conditional: boolean; // had If-None-Match
  twoFactorCode: string | null;
  body: unknown;
  startedAt: number;
  endedAt: number;
};

type Where = {method?: string; path?: string | RegExp; times?: number};
export type Fault =
  | ({
      kind: 'status';
      status: number;
      id?: string;
      message?: string;
      headers?: Record<string, string>;
    } & Where)
  | ({kind: 'malformed'} & Where)
  | ({kind: 'reset'} & Where)
  // The server acts on the request, then the answer is lost (the socket is reset).
  | ({kind: 'lost'} & Where)
  // A 200 whose body is this many bytes (a list padded with spaces).
  | ({kind: 'huge'; bytes: number} & Where)
  // A 200 with this body instead of the route's (a shape Heroku could send in an outage).
  | ({kind: 'body'; body: unknown} & Where)
  | ({kind: 'slow'; delayMs: number} & Where);

export type ServerConfig = {
  state: SimState;
  routes: Route[];
  token: string;
  githubToken: string;
  latencyMs: number;
  pageSize: number;
  promotionStepMs: number;
  twoFactorCode: string | null;
  requests: SimRequest[];
  faults: Fault[];
  baseUrl(): string;
  schedule(fn: () => void, ms: number): void;
  delay(ms: number): Promise<void>;
};

function zoneOf(path: string): Zone {
  if (path.startsWith('/kolkrabbi/')) return 'kolkrabbi';
  if (path.startsWith('/github/')) return 'github';
  if (path.startsWith('/gitlab/')) return 'gitlab';
  if (path.startsWith('/streams/')) return 'stream';
  return 'heroku';
}

function takeFault(faults: Fault[], method: string, path: string): Fault | undefined {
  const index = faults.findIndex(
    (f) =>
      (f.method === undefined || f.method.toUpperCase() === method) &&
      (f.path === undefined || (typeof f.path === 'string' ? f.path === path : f.path.test(path))),
  );
  const fault = faults[index];
  if (!fault) return undefined;
  if (fault.times !== undefined) {
    fault.times -= 1;
    if (fault.times <= 0) faults.splice(index, 1);
  }
  return fault;
}

function route(config: ServerConfig, ctx: RouteContext, zone: Zone, req: IncomingMessage): Reply {
  let matched: {route: Route; params: string[]} | undefined;
  let pathKnown = false;
  for (const candidate of config.routes) {
    const match = candidate.pattern.exec(ctx.path);
    if (!match) continue;
    pathKnown = true;
    if (candidate.method === ctx.method) {
      matched = {route: candidate, params: match.slice(1)};
      break;
    }
  }
  if (!matched) {
    if (zone === 'stream') return {status: 404, text: 'Not Found\n'};
    return errorFor(
      zone,
      404,
      'not_found',
      pathKnown || zone !== 'heroku'
        ? 'Not found.'
        : 'The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), and did you specify your intended version with the `Accept` header?',
    );
  }
  const refused = gate(config, zone, req, ctx.path);
  if (refused) return refused;
  if (ctx.body === invalidJson)
    return herokuError(400, 'bad_request', 'Invalid JSON in request body.');
  try {
    return matched.route.handle(ctx, matched.params);
  } catch {
    return errorFor(zone, 500);
  }
}

const invalidJson = Symbol('invalid JSON');

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return invalidJson;
  }
}

export function createRequestHandler(config: ServerConfig) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const twoFactor = req.headers['heroku-two-factor-code'];
    const record: SimRequest = {
      method,
      path: req.url ?? '/',
      status: 0,
      conditional: req.headers['if-none-match'] !== undefined,
      twoFactorCode: typeof twoFactor === 'string' ? twoFactor : null,
      body: null,
      startedAt: Date.now(),
      endedAt: 0,
    };
    config.requests.push(record);
    const body = await readBody(req);
    record.body = body === invalidJson ? null : body;
    if (config.latencyMs > 0) await config.delay(config.latencyMs);
    const zone = zoneOf(url.pathname);
    const send = (reply: Reply, raw?: string) => finish(config, req, res, record, zone, reply, raw);

    const fault = takeFault(config.faults, method, url.pathname);
    if (fault?.kind === 'reset') {
      record.endedAt = Date.now();
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const reply = errorFor(zone, fault.status, fault.id, fault.message);
      return send({...reply, headers: {...reply.headers, ...fault.headers}});
    }
    if (fault?.kind === 'malformed') return send({status: 200}, '{"id": "3f1c0e5a-, "name": ');
    if (fault?.kind === 'slow') await config.delay(fault.delayMs);
    if (fault?.kind === 'body') return send({status: 200, body: fault.body});
    if (fault?.kind === 'huge') return send({status: 200}, `[${' '.repeat(fault.bytes)}]`);

    const ctx: RouteContext = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      state: config.state,
      baseUrl: config.baseUrl(),
      pageSize: config.pageSize,
      schedule: config.schedule,
      promotionStepMs: config.promotionStepMs,
      twoFactorCode: config.twoFactorCode,
      githubToken: config.githubToken,
    };
    const reply = route(config, ctx, zone, req);
    if (fault?.kind === 'lost') {
      record.status = reply.status;
      record.endedAt = Date.now();
      req.socket.destroy();
      return;
    }
    send(reply);
  };
}

function finish(
  config: ServerConfig,
  req: IncomingMessage,
  res: ServerResponse,
  record: SimRequest,
  zone: Zone,
  reply: Reply,
  raw?: string,
): void {
  const headers: Record<string, string> = {
    'Request-Id': randomUUID(),
    'RateLimit-Remaining': String(Math.floor(config.state.rateLimit.remaining)),
    'Content-Type': reply.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json',
  };
  if (zone === 'github') {
    headers['X-GitHub-Request-Id'] = headers['Request-Id']!;
    headers['X-RateLimit-Limit'] = '5000';
    headers['X-RateLimit-Remaining'] = String(Math.max(0, config.state.github.rateLimitRemaining));
  }
  Object.assign(headers, reply.headers);
  let payload = raw ?? reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  let status = reply.status;
  const cacheable =
    (record.method === 'GET' ||
      (record.method === 'POST' && record.path.startsWith('/filters/'))) &&
    status >= 200 &&
    status < 300 &&
    raw === undefined &&
    reply.text === undefined;
  if (cacheable) {
    const etag = `"${createHash('md5').update(payload).digest('hex')}"`;
    headers.ETag = etag;
    const wanted = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
    if (wanted.some((tag) => tag.replace(/^W\//, '') === etag)) {
      status = 304;
      payload = '';
      delete headers['Content-Type'];
    }
  }
  record.status = status;
  record.endedAt = Date.now();
  res.writeHead(status, headers);
  if (reply.stream) return reply.stream(res);
  res.end(payload);
}
