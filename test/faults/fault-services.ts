import {afterEach} from 'vitest';
import type {AppCard, Board} from '../../source/board/types.js';
import {HerokuClient} from '../../source/heroku/client.js';
import type {RetryPolicy} from '../../source/heroku/retry.js';
import {createServices} from '../../source/services/create-services.js';
import type {Simulator, SimRequest, SimulatorOptions} from '../../source/simulator/index.js';
import {startSimulator} from '../../source/simulator/index.js';
import type {Services} from '../../source/contract/services.js';
import {depsFor} from '../services/deps.js';

// The services layer the board uses, on a real client against the simulator, with retry
// waits shortened so a storm of failures plays out in milliseconds.

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  closers.push(() => sim.close());
  return sim;
}

export const FAST_RETRY: RetryPolicy = {limit: 3, baseDelayMs: 5};

export type FaultHarness = {
  services: Services;
  client: HerokuClient;
  // How often the services reported a rejected token.
  unauthorized: () => number;
};

export function servicesFor(sim: Simulator, retry: RetryPolicy = FAST_RETRY): FaultHarness {
  let unauthorized = 0;
  const client = new HerokuClient({apiUrl: sim.url, token: sim.token, retry});
  const deps = depsFor(sim, {
    client,
    onUnauthorized: () => {
      unauthorized += 1;
    },
  });
  const services: Services = createServices(deps, {
    pollIntervalMs: 20,
    streamRetryMs: 20,
    outputGraceMs: 500,
    searchIntervalMs: 20,
    searchAttempts: 4,
    maxBackoffMs: 200,
  });
  return {services, client, unauthorized: () => unauthorized};
}

export async function pipelineId(services: Services, name = 'whitewave'): Promise<string> {
  const [pipeline] = await services.findPipelines(name);
  if (!pipeline) throw new Error(`No pipeline ${name}.`);
  return pipeline.id;
}

export function appOf(board: Board, name: string): AppCard {
  const app = board.columns.flatMap((c) => c.apps).find((a) => a.name === name);
  if (!app) throw new Error(`No app ${name} on the board.`);
  return app;
}

export async function failure(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`Rejected with a non-error: ${String(error)}`);
  }
  throw new Error('Expected a failure, and it succeeded.');
}

export const requestsTo = (sim: Simulator, method: string, path: RegExp): SimRequest[] =>
  sim.requests.filter((r) => r.method === method && path.test(r.path));

export const since = (sim: Simulator, mark: number): SimRequest[] => sim.requests.slice(mark);

// A sentence meant for a person: one line, no stack frame, no token, ends with a full stop.
export function isClearSentence(text: string, token: string): boolean {
  return (
    text.length > 10 &&
    !text.includes('\n') &&
    !/\bat .+:\d+:\d+/.test(text) &&
    !text.includes(token) &&
    /[.!?)]$/.test(text.trim())
  );
}
