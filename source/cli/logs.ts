import process from 'node:process';
import {requireToken, type Runtime} from '../services/runtime.js';
import type {Flags} from './options.js';

/** `logs APP [--tail] [--type T] [--dyno D] [--num N] [--json]`; Ctrl-C ends a tail. */
export async function logsMode(runtime: Runtime, flags: Flags, rest: string[]): Promise<number> {
  const {logsApp, runLogs} = await import('../commands/logs.js');
  const app = logsApp(rest);
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  return await runLogs({
    client: runtime.client(requireToken(runtime).token),
    app,
    tail: Boolean(flags.tail),
    type: flags.type,
    dyno: flags.dyno,
    num: flags.num,
    json: Boolean(flags.json),
    stdout: process.stdout,
    stderr: process.stderr,
    signal: stop.signal,
  });
}
