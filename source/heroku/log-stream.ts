import http from 'node:http';
import https from 'node:https';
import {ApiError} from './errors.js';
import {networkWords} from './http-errors.js';
import {LineSplitter, MAX_LINE_BYTES} from './line-splitter.js';
import {RecentLines} from './recent-lines.js';

// Follows a log stream (a log session's logplex_url) and opens a new session when it drops.
// The URL carries the secret: no Authorization header goes with it, and no message holds it.

export type LogStreamHandlers = {
  onLines(lines: string[]): void;
  // A new session took over after the stream dropped; gapMs is the time without data.
  onReconnect?(info: {gapMs: number; attempt: number}): void;
  onError?(message: string): void;
  onEnd?(): void;
};

export type FollowOptions = LogStreamHandlers & {
  // Opens a session and returns its stream URL; `reconnect` is true after a drop.
  openSession(reconnect: boolean): Promise<string>;
  tail: boolean;
  signal?: AbortSignal;
  userAgent?: string;
  now?: () => number;
  maxLineBytes?: number;
  retryDelayMs?: number; // first wait before a reconnect, doubled up to 30 s
  maxFailures?: number; // reconnects in a row that fail before giving up (default 5)
  // Test seam: how to wait between attempts.
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

const STREAM = 'the log stream';

export function redactUrl(message: string, url: string): string {
  if (!url) return message;
  let out = message.split(url).join(`(${STREAM})`);
  try {
    const parsed = new URL(url);
    if (parsed.pathname.length > 1) out = out.split(parsed.pathname).join(`(${STREAM})`);
    if (parsed.search.length > 1) out = out.split(parsed.search).join('');
  } catch {
    // not a URL: nothing more to find in the message
  }
  return out;
}

type StreamResult = {kind: 'ended'} | {kind: 'failed'; message: string};

// One GET of the stream, line by line, until it ends, fails or is aborted.
export function readStreamOnce(
  url: string,
  onLines: (lines: string[]) => void,
  options: {signal?: AbortSignal; userAgent?: string; maxLineBytes?: number},
): Promise<StreamResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({kind: 'failed', message: 'The log stream address is not a valid URL.'});
      return;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      resolve({kind: 'failed', message: 'The log stream address is not an http or https URL.'});
      return;
    }
    const splitter = new LineSplitter(options.maxLineBytes ?? MAX_LINE_BYTES);
    let settled = false;
    const settle = (result: StreamResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const get = target.protocol === 'https:' ? https.get : http.get;
    const request = get(
      target,
      {
        // Only these headers: in particular no Authorization, whatever the host.
        headers: {'user-agent': options.userAgent ?? 'pipeline-tui', accept: 'text/plain, */*'},
        signal: options.signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          response.resume();
          settle({kind: 'failed', message: `The log stream could not be read (HTTP ${status}).`});
          return;
        }
        response.on('data', (chunk: Buffer) => {
          const lines = splitter.push(chunk);
          if (lines.length > 0) onLines(lines);
        });
        response.on('end', () => {
          const rest = splitter.end();
          if (rest.length > 0) onLines(rest);
          settle({kind: 'ended'});
        });
        response.on('error', (error) => settle(failure(error)));
        response.on('aborted', () => settle({kind: 'ended'}));
      },
    );
    request.on('error', (error) => settle(failure(error)));
  });
}

function failure(error: unknown): StreamResult {
  if (error instanceof Error && error.name === 'AbortError') return {kind: 'ended'};
  const code = (error as {code?: unknown} | null)?.code;
  return {kind: 'failed', message: `Could not read ${STREAM}: ${networkWords(code)}.`};
}

// The time a line starts with, to tell a repeated history from new lines; null when none.
function lineTime(line: string): number | null {
  const space = line.indexOf(' ');
  const time = Date.parse(space > 0 ? line.slice(0, space) : '');
  return Number.isNaN(time) ? null : time;
}

const defaultWait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), {once: true});
  });

export async function followLogStream(options: FollowOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? defaultWait;
  const recent = new RecentLines();
  const maxFailures = options.maxFailures ?? 5;
  let lastDataAt = now();
  let attempt = 0;
  let failures = 0;
  let replaying = false;
  let lastTime: number | null = null;
  const onLines = (lines: string[]) => {
    lastDataAt = now();
    failures = 0;
    let fresh = lines;
    if (replaying) {
      // The history of a new session repeats lines already shown, and may reach back further
      // than the first session did: only lines newer than the last one shown are new.
      const first = lines.findIndex(
        (line) =>
          !recent.has(line) && (lastTime === null || (lineTime(line) ?? lastTime) >= lastTime),
      );
      if (first === -1) return;
      replaying = false;
      fresh = lines.slice(first);
    }
    recent.addAll(fresh);
    lastTime = lineTime(fresh[fresh.length - 1]!) ?? lastTime;
    options.onLines(fresh);
  };
  let quiet = 0; // streams in a row that ended without a line
  while (!options.signal?.aborted) {
    const reconnect = attempt > 0;
    let url = '';
    let result: StreamResult;
    const seenBefore = lastDataAt;
    try {
      // Without a first session there is nothing to follow: the caller hears why.
      url = await options.openSession(reconnect);
      if (reconnect) {
        replaying = recent.size > 0;
        options.onReconnect?.({gapMs: Math.max(0, now() - lastDataAt), attempt});
      }
      result = await readStreamOnce(url, onLines, {
        signal: options.signal,
        userAgent: options.userAgent,
        maxLineBytes: options.maxLineBytes,
      });
    } catch (error) {
      if (!reconnect) throw error;
      const message = error instanceof Error ? error.message : String(error);
      result = {kind: 'failed', message: redactUrl(message, url)};
    }
    if (options.signal?.aborted) break;
    if (result.kind === 'failed') {
      const message = redactUrl(result.message, url);
      if (!options.tail) throw new ApiError(message);
      failures += 1;
      options.onError?.(message);
      if (failures >= maxFailures) {
        throw new ApiError(`Gave up on ${STREAM} after ${failures} failed attempts in a row.`);
      }
    }
    if (!options.tail) break;
    attempt += 1;
    // A stream that ends at once, again and again, must not turn into a storm of sessions.
    quiet = result.kind === 'ended' && lastDataAt === seenBefore ? quiet + 1 : 0;
    const base = options.retryDelayMs ?? 500;
    const delay =
      failures > 0
        ? base * 2 ** (failures - 1)
        : quiet > 0
          ? Math.max(1000, base) * 2 ** (quiet - 1)
          : 0;
    await wait(Math.min(30_000, delay), options.signal);
  }
  options.onEnd?.();
}
