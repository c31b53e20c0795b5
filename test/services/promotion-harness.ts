import type {AppCard, Board} from '../../source/board/types.js';
import {createServices} from '../../source/services/create-services.js';
import type {RunnerOptions} from '../../source/services/promotion.js';
import type {Simulator} from '../../source/simulator/index.js';
import type {Services} from '../../source/contract/services.js';
import {depsFor} from './deps.js';

export {depsFor} from './deps.js';

// Runs the promotion quickly against a simulator stepping every 50 ms.
export const FAST: RunnerOptions = {
  pollIntervalMs: 20,
  searchIntervalMs: 10,
  searchAttempts: 3,
  streamRetryMs: 20,
  streamRetries: 50,
  outputGraceMs: 2000,
};

export function servicesFor(sim: Simulator, options: RunnerOptions = FAST): Services {
  return createServices(depsFor(sim), options);
}

export async function loadBoard(services: Services, name: string): Promise<Board> {
  const [pipeline] = await services.findPipelines(name);
  return (await services.loadBoard(pipeline!.id, 'manual')).board;
}

export function appOf(board: Board, name: string): AppCard {
  const app = board.columns.flatMap((c) => c.apps).find((a) => a.name === name);
  if (!app) throw new Error(`No app ${name} on the board.`);
  return app;
}

export const promotionPosts = (sim: Simulator) =>
  sim.requests.filter((r) => r.method === 'POST' && r.path === '/pipeline-promotions');

export const rollbackPosts = (sim: Simulator, appId: string) =>
  sim.requests.filter((r) => r.method === 'POST' && r.path === `/apps/${appId}/releases`);
