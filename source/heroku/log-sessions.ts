import type {HerokuClient} from './client.js';
import {ApiError} from './errors.js';
import {ConfigError} from '../shared/errors.js';

// POST /apps/{app}/log-sessions: a short-lived session whose logplex_url streams the app's
// log. The URL is a secret of its own: it is handed on, never printed.

export const MAX_HISTORY_LINES = 1500;

export type WireLogSession = {id: string; logplex_url: string; created_at: string};

export type LogSessionOptions = {
  tail: boolean;
  lines?: number; // history lines first, at most 1500
  source?: 'app' | 'heroku';
  type?: string; // process type: web, worker
  dyno?: string; // dyno name: web.1
  generation?: 'cedar' | 'fir';
};

export function logSessionBody(options: LogSessionOptions): Record<string, unknown> {
  const lines = options.lines ?? 100;
  if (!Number.isInteger(lines) || lines < 0 || lines > MAX_HISTORY_LINES) {
    throw new ConfigError(
      `The number of log lines must be a whole number from 0 to ${MAX_HISTORY_LINES}.`,
    );
  }
  const body: Record<string, unknown> = {tail: options.tail, lines};
  if (options.source) body.source = options.source;
  if (options.generation === 'fir') {
    // Fir names the dyno and the process type in fields of their own.
    if (options.dyno) body.dyno_name = options.dyno;
    if (options.type) body.type = options.type;
  } else {
    // Cedar takes a dyno name or a process type in one field.
    const dyno = options.dyno ?? options.type;
    if (dyno) body.dyno = dyno;
  }
  return body;
}

export async function createLogSession(
  client: HerokuClient,
  app: string,
  options: LogSessionOptions,
): Promise<WireLogSession> {
  const session = await client.post<WireLogSession>(
    `/apps/${encodeURIComponent(app)}/log-sessions`,
    logSessionBody(options),
  );
  if (typeof session.logplex_url !== 'string' || session.logplex_url === '') {
    throw new ApiError('Heroku answered the log session without a stream address.');
  }
  return session;
}
