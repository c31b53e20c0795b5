import {parseLogLine, type LogLine} from '../board/log-line.js';
import {sanitizeText} from '../shared/sanitize.js';
import {ConfigError} from '../shared/errors.js';
import type {HerokuClient} from '../heroku/client.js';
import {MAX_HISTORY_LINES} from '../heroku/log-sessions.js';
import {appLogSource} from '../heroku/log-source.js';

// `pipeline-tui logs APP [--tail] [--type web] [--dyno web.1] [--num N] [--json]`: an app's log
// on stdout, sanitised; with --json one object per line with the parsed fields.

export type LogsInput = {
  client: HerokuClient;
  app: string;
  tail: boolean;
  type?: string;
  dyno?: string;
  num?: string;
  json: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  // Ends a --tail (Ctrl-C); without --tail the command ends with the history.
  signal?: AbortSignal;
};

const PROCESS = /^[a-z][a-z0-9_-]{0,29}$/i;
const DYNO = /^[a-z][a-z0-9_-]{0,29}(\.\d{1,4})?$/i;

export function logLineJson(line: LogLine): Record<string, unknown> {
  return {
    timestamp: line.timestamp,
    source: line.source,
    dyno: line.dyno,
    processType: line.processType,
    message: line.message,
    class: line.lineClass,
    ...(line.router ? {router: line.router} : {}),
  };
}

// The one positional argument: the app.
export function logsApp(positionals: readonly string[]): string {
  const [app, ...extra] = positionals;
  if (!app) {
    throw new ConfigError(
      'logs needs an app: pipeline-tui logs APP [--tail] [--type web] [--dyno web.1] [--num N] [--json].',
    );
  }
  if (extra.length > 0) {
    throw new ConfigError(`Unexpected argument "${extra[0]}". See pipeline-tui --help.`);
  }
  return app;
}

function lineCount(num: string | undefined): number {
  if (num === undefined) return 100;
  if (!/^\d+$/.test(num) || Number(num) < 1 || Number(num) > MAX_HISTORY_LINES) {
    throw new ConfigError(
      `--num takes a whole number from 1 to ${MAX_HISTORY_LINES}, not "${num}".`,
    );
  }
  return Number(num);
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export async function runLogs(input: LogsInput): Promise<number> {
  const lines = lineCount(input.num);
  if (input.type !== undefined && !PROCESS.test(input.type)) {
    throw new ConfigError(`--type takes a process type such as web, not "${input.type}".`);
  }
  if (input.dyno !== undefined && !DYNO.test(input.dyno)) {
    throw new ConfigError(`--dyno takes a dyno name such as web.1, not "${input.dyno}".`);
  }
  // The generation decides how Heroku takes the dyno and type (Fir has fields of its own).
  const app = await input.client.app(input.app);
  const source = appLogSource(input.client, app.id ?? input.app, {
    tail: input.tail,
    lines,
    type: input.type,
    dyno: input.dyno,
    generation: app.generation?.name === 'fir' ? 'fir' : 'cedar',
  });
  const running = source.start({
    onLines: (raw) => {
      const out = raw.map((text) => {
        const line = parseLogLine(text);
        return input.json ? JSON.stringify(logLineJson(line)) : line.raw;
      });
      input.stdout.write(`${out.join('\n')}\n`);
    },
    onReconnect: ({gapMs}) =>
      input.stderr.write(
        `The log stream dropped; reconnected after ${seconds(gapMs)} without data.\n`,
      ),
    onError: (message) => input.stderr.write(`${sanitizeText(message)}\n`),
  });
  const stop = () => running.stop();
  input.signal?.addEventListener('abort', stop, {once: true});
  try {
    await running.done;
  } finally {
    input.signal?.removeEventListener('abort', stop);
  }
  return 0;
}
