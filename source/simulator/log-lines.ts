import {randomUUID} from 'node:crypto';
import type {SimApp} from './state.js';

// What an app's log says: router lines with realistic fields, the app's own lines from each
// process type, H10 while every web dyno is down, and 5xx / H12 once an app is made to fail.

export type Mode = 'healthy' | 'failing';

export type LineSource = {
  app: SimApp;
  random: () => number;
  mode: Mode;
  seq: number;
};

const PATHS = ['/', '/orders', '/orders/1042', '/cart', '/api/v1/products', '/assets/app.css'];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'POST', 'PUT'];

// A small seeded generator: the same app says the same things in every run.
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Heroku's format: microseconds and +00:00. The sequence makes every line's time unique.
export function logTimestamp(ms: number, seq: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 23)}${String(seq % 1000).padStart(3, '0')}+00:00`;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function host(app: SimApp): string {
  return app.webUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function fwd(random: () => number): string {
  return `203.0.113.${1 + Math.floor(random() * 250)}`;
}

function line(ms: number, src: LineSource, source: string, dyno: string, message: string) {
  src.seq += 1;
  return `${logTimestamp(ms, src.seq)} ${source}[${dyno}]: ${message}`;
}

// One request through the router, and what the dyno that served it logged.
function request(ms: number, src: LineSource): string[] {
  const {app, random} = src;
  const web = app.dynos.filter((d) => d.type === 'web');
  const serving = web.filter((d) => d.state === 'up' || d.state === 'idle');
  const method = pick(METHODS, random);
  const path = pick(PATHS, random);
  const common = `method=${method} path="${path}" host=${host(app)} request_id=${randomUUID()} fwd="${fwd(random)}"`;
  if (web.length > 0 && serving.length === 0) {
    return [
      line(
        ms,
        src,
        'heroku',
        'router',
        `at=error code=H10 desc="App crashed" ${common} dyno= connect= service= status=503 bytes= protocol=https`,
      ),
    ];
  }
  const dyno = serving.length > 0 ? pick(serving, random).name : 'web.1';
  const roll = random();
  if (src.mode === 'failing' && roll < 0.12) {
    return [
      line(
        ms,
        src,
        'heroku',
        'router',
        `at=error code=H12 desc="Request timeout" ${common} dyno=${dyno} connect=0ms service=30000ms status=503 bytes=0 protocol=https`,
      ),
    ];
  }
  let status = 200;
  if (roll > 0.985) status = 404;
  else if (roll > 0.96) status = 302;
  else if (src.mode === 'failing' && roll < 0.3) status = 500;
  const service = Math.round(
    (src.mode === 'failing' ? 180 : 25) + random() * (src.mode === 'failing' ? 900 : 120),
  );
  const bytes = status === 302 ? 0 : 400 + Math.floor(random() * 9000);
  return [
    line(ms, src, 'app', dyno, `${method} ${path} Completed ${status} in ${service}ms`),
    line(
      ms,
      src,
      'heroku',
      'router',
      `at=info ${common} dyno=${dyno} connect=${Math.floor(random() * 3)}ms service=${service}ms status=${status} bytes=${bytes} protocol=https`,
    ),
  ];
}

// Lines for one moment: mostly requests, sometimes a worker or a crashed dyno speaking.
export function linesAt(ms: number, src: LineSource): string[] {
  const {app, random} = src;
  const roll = random();
  const worker = app.dynos.find((d) => d.type !== 'web' && d.state === 'up');
  if (roll < 0.15 && worker) {
    const job = pick(['SendReceiptJob', 'SyncInventoryJob', 'ReindexJob'], random);
    return [
      line(ms, src, 'app', worker.name, `Performed ${job} in ${Math.floor(random() * 900)}ms`),
    ];
  }
  const crashed = app.dynos.find((d) => d.state === 'crashed');
  if (roll < 0.2 && crashed) {
    return [
      line(ms, src, 'heroku', crashed.name, 'Process exited with status 1'),
      line(ms, src, 'heroku', crashed.name, 'State changed from starting to crashed'),
    ];
  }
  return request(ms, src);
}

// Which dyno a line came from (`web.1`, `router`) and its source (`app`, `heroku`).
export function lineOrigin(text: string): {source: string; dyno: string} {
  const match = /^\S+ ([a-z]+)\[([^\]]+)\]:/.exec(text);
  return {source: match?.[1] ?? '', dyno: match?.[2] ?? ''};
}
