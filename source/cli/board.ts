import process from 'node:process';
import {ConfigError} from '../shared/errors.js';
import {checkAndSaveToken} from '../credentials/index.js';
import type {Runtime} from '../services/runtime.js';
import {prefetchBoard} from '../services/prefetch.js';
import {prefetchOverview} from '../services/prefetch-overview.js';
import {accountFetcher} from './auth.js';
import {keepHeapSmall} from '../terminal/heap.js';
import {interactiveTerminal, noExtraArguments, wholeNumber, type Flags} from './options.js';

async function interactive(runtime: Runtime, flags: Flags, pipeline: string | undefined) {
  // Before the board's first requests: their answers are what made the heap grow.
  keepHeapSmall();
  const refreshSeconds = wholeNumber(flags.refresh, 'refresh', 30);
  const tokenFromEnv = runtime.token?.source === 'env' && !runtime.simulator;
  let exitCode = 0;
  const listeners = new Set<() => void>();
  // A rejection can come before the session listens (the prefetched lookup): it hears of it
  // when it subscribes, so a rejected HEROKU_API_KEY is named whenever it happens.
  let rejected = false;
  const onUnauthorized = () => {
    // A rejected HEROKU_API_KEY ends the session: an operation failed.
    if (tokenFromEnv) exitCode = 1;
    rejected = true;
    for (const listener of listeners) listener();
  };
  const services = runtime.token ? runtime.services(runtime.token.token, onUnauthorized) : null;
  // The board's requests start now, while Ink loads.
  const target = flags.app ? {app: flags.app} : pipeline ? {pipeline} : null;
  const initialServices =
    services && target
      ? prefetchBoard(services, target)
      : services
        ? prefetchOverview(services, process.stdout.rows ?? 24)
        : services;
  const {showSession} = await import('../ui/run.js');
  const sessionCode = await showSession({
    apiHost: runtime.apiHost,
    initialServices,
    tokenFromEnv,
    subscribeUnauthorized: (listener) => {
      listeners.add(listener);
      if (rejected) {
        rejected = false;
        listener();
      }
      return () => listeners.delete(listener);
    },
    login: async (token) => {
      if (!runtime.store) return {ok: false, message: 'The demo needs no login.'};
      const outcome = await checkAndSaveToken({
        token,
        apiHost: runtime.apiHost,
        store: runtime.store,
        fetchAccount: accountFetcher(runtime),
      });
      return outcome.ok
        ? {
            ok: true,
            email: outcome.email,
            services: runtime.services(outcome.token, onUnauthorized),
          }
        : {ok: false, message: outcome.message};
    },
    board: {pipeline, app: flags.app, refreshSeconds},
  });
  // Quitting does not cancel a promotion: the person is told where it stands and how to follow it.
  const running = services?.runningPromotion();
  if (running) {
    const {interruptedOutput} = await import('../commands/promote-signals.js');
    process.stderr.write(interruptedOutput(running.progress(), false));
    return 130;
  }
  return Math.max(exitCode, sessionCode);
}

/** The interactive board (or the overview, without a pipeline): a terminal is required. */
export async function boardMode(
  runtime: Runtime,
  flags: Flags,
  pipeline: string | undefined,
  rest: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  noExtraArguments(rest);
  if (!interactiveTerminal(env)) {
    throw new ConfigError(
      'The board needs an interactive terminal; use `pipeline-tui status PIPELINE --json` or `pipeline-tui promote APP --yes` instead.',
    );
  }
  return interactive(runtime, flags, pipeline);
}
