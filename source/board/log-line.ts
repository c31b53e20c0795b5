import {sanitizeText} from '../shared/sanitize.js';

// One line of a Heroku log stream: `TIMESTAMP SOURCE[DYNO]: MESSAGE`. Router lines carry
// key=value fields that the colours and the verification figures are made from.

export type RouterFields = {
  at: 'info' | 'error' | null;
  code: string | null; // H10, H12, ...
  desc: string | null;
  method: string | null;
  path: string | null;
  host: string | null;
  requestId: string | null;
  fwd: string | null;
  dyno: string | null;
  connectMs: number | null;
  serviceMs: number | null;
  status: number | null;
  bytes: number | null;
  protocol: string | null;
};

export type LineClass = 'info' | 'ok' | 'redirect' | 'client-error' | 'server-error' | 'h-error';

export type LogLine = {
  raw: string; // sanitised: safe to draw
  timestamp: string | null;
  timeMs: number | null;
  source: string | null; // app | heroku
  dyno: string | null; // web.1, router, api
  processType: string | null; // web, worker, router
  message: string;
  router: RouterFields | null;
  lineClass: LineClass;
};

const LINE = /^(\S+)\s+([A-Za-z0-9_-]+)\[([^\]]*)\]:\s?(.*)$/s;
const FIELD = /([A-Za-z_]+)=("(?:[^"\\]|\\.)*"|\S*)/g;

function milliseconds(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^(\d+(?:\.\d+)?)ms$/.exec(value) ?? /^(\d+(?:\.\d+)?)$/.exec(value);
  return match ? Number(match[1]) : null;
}

function whole(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

export function parseRouterFields(message: string): RouterFields {
  const fields = new Map<string, string>();
  for (const match of message.matchAll(FIELD)) {
    let value = match[2]!;
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (!fields.has(match[1]!)) fields.set(match[1]!, value);
  }
  const text = (key: string) => {
    const value = fields.get(key);
    return value === undefined || value === '' ? null : value;
  };
  const at = text('at');
  return {
    at: at === 'info' || at === 'error' ? at : null,
    code: text('code'),
    desc: text('desc'),
    method: text('method'),
    path: text('path'),
    host: text('host'),
    requestId: text('request_id'),
    fwd: text('fwd'),
    dyno: text('dyno'),
    connectMs: milliseconds(fields.get('connect')),
    serviceMs: milliseconds(fields.get('service')),
    status: whole(fields.get('status')),
    bytes: whole(fields.get('bytes')),
    protocol: text('protocol'),
  };
}

export function classifyRouter(router: RouterFields): LineClass {
  if (router.at === 'error' || (router.code !== null && /^H\d+$/.test(router.code))) {
    return 'h-error';
  }
  const status = router.status;
  if (status === null) return 'info';
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  if (status >= 300) return 'redirect';
  if (status >= 200) return 'ok';
  return 'info';
}

// The line is sanitised first: nothing parsed from it can carry an escape sequence.
export function parseLogLine(line: string): LogLine {
  const raw = sanitizeText(line);
  const match = LINE.exec(raw);
  if (!match) {
    return {
      raw,
      timestamp: null,
      timeMs: null,
      source: null,
      dyno: null,
      processType: null,
      message: raw,
      router: null,
      lineClass: 'info',
    };
  }
  const [, timestamp, source, dyno, message] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const time = Date.parse(timestamp);
  const router = source === 'heroku' && dyno === 'router' ? parseRouterFields(message) : null;
  return {
    raw,
    timestamp,
    timeMs: Number.isNaN(time) ? null : time,
    source,
    dyno: dyno || null,
    processType: dyno ? (dyno.split('.')[0] ?? null) : null,
    message,
    router,
    lineClass: router ? classifyRouter(router) : 'info',
  };
}
