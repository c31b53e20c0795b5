import type {HerokuClient} from './client.js';
import {createLogSession, type LogSessionOptions} from './log-sessions.js';
import {followLogStream, type LogStreamHandlers} from './log-stream.js';

// An app's log as something to start and stop: what the log pane and the verification watch
// take, so a test can hand in a fake.

export type LogSource = {
  start(handlers: LogStreamHandlers): {stop(): void; done: Promise<void>};
};

// Lines of history a reconnect asks for: enough to fill a short gap; repeats are dropped.
const RECONNECT_LINES = 200;

export function appLogSource(
  client: HerokuClient,
  app: string,
  options: LogSessionOptions,
  extra: {retryDelayMs?: number; now?: () => number} = {},
): LogSource {
  return {
    start(handlers) {
      const controller = new AbortController();
      const done = followLogStream({
        ...handlers,
        ...extra,
        tail: options.tail,
        signal: controller.signal,
        openSession: async (reconnect) => {
          const lines = reconnect ? Math.max(options.lines ?? 0, RECONNECT_LINES) : options.lines;
          return (await createLogSession(client, app, {...options, lines})).logplex_url;
        },
      });
      return {stop: () => controller.abort(), done};
    },
  };
}
