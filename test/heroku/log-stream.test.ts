import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {describe, expect, it} from 'vitest';
import {createLogSession} from '../../source/heroku/log-sessions.js';
import {followLogStream, readStreamOnce, redactUrl} from '../../source/heroku/log-stream.js';
import {appLogSource} from '../../source/heroku/log-source.js';
import {parseLogLine} from '../../source/board/log-line.js';
import {clientFor, simulator} from './helpers.js';

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('The condition did not hold in time.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('log sessions and the log stream', () => {
  it('creates a session whose stream sends the requested history of parseable lines', async () => {
    const sim = await simulator({logs: {requestsPerSecond: 20}});
    const {client} = clientFor(sim);
    const session = await createLogSession(client, 'whitewave-prod', {tail: false, lines: 50});
    expect(session.logplex_url).toMatch(/\/streams\/logs\/[0-9a-f]{48}$/);
    const lines: string[] = [];
    const result = await readStreamOnce(session.logplex_url, (l) => lines.push(...l), {});
    expect(result.kind).toBe('ended');
    expect(lines).toHaveLength(50);
    const parsed = lines.map(parseLogLine);
    expect(parsed.every((l) => l.timeMs !== null)).toBe(true);
    expect(parsed.some((l) => l.router?.status === 200 && l.router.serviceMs !== null)).toBe(true);
    // The stream request carries no Authorization header: the URL is the secret.
    const streamRequest = sim.requests.find((r) => r.path.startsWith('/streams/logs/'));
    expect(streamRequest).toBeDefined();
  });

  it('filters by process type and dyno, Cedar and Fir style', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const web = await createLogSession(client, 'whitewave-prod', {
      tail: false,
      lines: 200,
      type: 'web',
    });
    const lines: string[] = [];
    await readStreamOnce(web.logplex_url, (l) => lines.push(...l), {});
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => parseLogLine(l).processType === 'web')).toBe(true);
    const fir = await createLogSession(client, 'whitewave-prod', {
      tail: false,
      lines: 200,
      dyno: 'web.1',
      generation: 'fir',
    });
    const firLines: string[] = [];
    await readStreamOnce(fir.logplex_url, (l) => firLines.push(...l), {});
    expect(firLines.every((l) => parseLogLine(l).dyno === 'web.1')).toBe(true);
    const bodies = sim.requests.filter((r) => r.path.endsWith('/log-sessions')).map((r) => r.body);
    expect(bodies).toEqual([
      {tail: false, lines: 200, dyno: 'web'},
      {tail: false, lines: 200, dyno_name: 'web.1'},
    ]);
  });

  it('refuses more than 1,500 lines in one clear sentence, before any request', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    await expect(
      createLogSession(client, 'whitewave-prod', {tail: false, lines: 1501}),
    ).rejects.toThrow('The number of log lines must be a whole number from 0 to 1500.');
    expect(sim.requests.some((r) => r.path.endsWith('/log-sessions'))).toBe(false);
  });

  it('a stream URL is single-use and unknown tokens answer 404', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const session = await createLogSession(client, 'whitewave-prod', {tail: false, lines: 1});
    await readStreamOnce(session.logplex_url, () => {}, {});
    const again = await readStreamOnce(session.logplex_url, () => {}, {});
    expect(again).toEqual({
      kind: 'failed',
      message: 'The log stream could not be read (HTTP 404).',
    });
  });

  it('reconnects when the stream drops, reports the gap and repeats no line', async () => {
    const sim = await simulator({logs: {requestsPerSecond: 40}});
    const {client} = clientFor(sim);
    const seen: string[] = [];
    const reconnects: number[] = [];
    const source = appLogSource(client, 'whitewave-staging', {tail: true, lines: 100});
    const running = source.start({
      onLines: (lines) => seen.push(...lines),
      onReconnect: ({gapMs}) => reconnects.push(gapMs),
    });
    await until(() => seen.length > 150);
    expect(sim.dropLogStreams()).toBe(1);
    await until(() => reconnects.length === 1);
    const before = seen.length;
    await until(() => seen.length > before + 50);
    running.stop();
    await running.done;
    expect(reconnects[0]).toBeGreaterThanOrEqual(0);
    expect(new Set(seen).size).toBe(seen.length);
    // The reconnect asked for history, so the lines of the gap are there too.
    const sessions = sim.requests.filter((r) => r.path.endsWith('/log-sessions'));
    expect(sessions.map((r) => (r.body as {lines: number}).lines)).toEqual([100, 200]);
  });

  it('never puts the stream URL into an error message', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const session = await createLogSession(client, 'whitewave-prod', {tail: false, lines: 1});
    const secret = session.logplex_url;
    const closed = secret.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'http://127.0.0.1:1');
    const errors: string[] = [];
    await expect(
      followLogStream({
        tail: true,
        openSession: async () => closed,
        onLines: () => {},
        onError: (message) => errors.push(message),
        maxFailures: 1,
        wait: async () => {},
      }),
    ).rejects.toThrow('Gave up on the log stream after 1 failed attempts in a row.');
    expect(errors).toEqual(['Could not read the log stream: the connection was refused.']);
    expect(redactUrl(`GET ${secret} failed`, secret)).toBe('GET (the log stream) failed');
    expect(redactUrl(`at ${new URL(secret).pathname}`, secret)).not.toContain('/streams/');
  });

  it('backs off when a stream keeps ending without a line, instead of a storm of sessions', async () => {
    const server = createServer((req, res) => {
      // The reader sends no Authorization header to the stream host.
      res.writeHead(req.headers.authorization === undefined ? 200 : 400);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/s`;
    const stop = new AbortController();
    const waits: number[] = [];
    let sessions = 0;
    try {
      await followLogStream({
        tail: true,
        signal: stop.signal,
        openSession: async () => (sessions++, url),
        onLines: () => {},
        wait: async (ms) => {
          waits.push(ms);
          if (waits.length === 4) stop.abort();
        },
      });
    } finally {
      server.close();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(sessions).toBe(4);
  });

  it('without --tail, a stream that cannot be read is an error, not an empty log', async () => {
    await expect(
      followLogStream({
        tail: false,
        openSession: async () => 'http://127.0.0.1:1/streams/logs/secret',
        onLines: () => {},
      }),
    ).rejects.toThrow('Could not read the log stream: the connection was refused.');
  });
});
