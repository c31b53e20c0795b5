import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach} from 'vitest';
import {HerokuClient, type HerokuClientOptions} from '../../source/heroku/client.js';
import type {RequestEvent} from '../../source/heroku/transport.js';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../source/simulator/index.js';

// Every simulator or capture server a test starts is closed after it, pass or fail.
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  closers.push(() => sim.close());
  return sim;
}

export type Harness = {client: HerokuClient; events: RequestEvent[]};

// Retries wait a millisecond, so tests of retry behaviour stay fast.
export function clientFor(sim: Simulator, options: Partial<HerokuClientOptions> = {}): Harness {
  const events: RequestEvent[] = [];
  const client = new HerokuClient({
    apiUrl: sim.url,
    token: sim.token,
    retry: {limit: 3, baseDelayMs: 1},
    onRequest: (event) => events.push(event),
    ...options,
  });
  return {client, events};
}

export type Captured = {method: string; url: string; headers: IncomingHttpHeaders; body: string};

export type CaptureServer = {url: string; requests: Captured[]};

// A loopback server that records what it receives, for what the simulator does not record
// (request headers); it answers every request with the given reply.
export async function captureServer(
  reply: (request: Captured) => {status: number; body: string; headers?: Record<string, string>},
): Promise<CaptureServer> {
  const requests: Captured[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const captured: Captured = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(captured);
      const answer = reply(captured);
      res.writeHead(answer.status, answer.headers ?? {'content-type': 'application/json'});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests};
}

export async function caught(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, and it succeeded.');
}
