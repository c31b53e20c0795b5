import {PassThrough} from 'node:stream';
import {Capture} from './capture.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {describeError, PipelineTuiError} from '../../source/shared/errors.js';
import {parseSetup, type SetupCommand, type SetupFlags} from '../../source/commands/setup-args.js';
import {runSetup} from '../../source/commands/setup.js';
import {createSetupServices} from '../../source/services/setup.js';
import type {Simulator} from '../../source/simulator/index.js';

export type RunFlags = SetupFlags & {confirm?: string; yes?: boolean; json?: boolean};

// Runs a setup command as cli.tsx does: the words, then the change, and an error ends it
// with its one sentence on stderr and its exit code.
export async function runCommand(
  sim: Simulator,
  command: SetupCommand,
  positionals: string[],
  flags: RunFlags = {},
  options: {interactive?: boolean; answer?: string} = {},
) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  if (options.answer !== undefined) stdin.end(`${options.answer}\n`);
  const client = new HerokuClient({
    apiUrl: sim.url,
    token: sim.token,
    retry: {limit: 0, baseDelayMs: 1},
  });
  let code: number;
  try {
    code = await runSetup({
      services: createSetupServices(client),
      request: parseSetup(command, positionals, flags),
      confirm: flags.confirm,
      yes: Boolean(flags.yes),
      json: Boolean(flags.json),
      interactive: options.interactive ?? false,
      stdout,
      stderr,
      stdin,
    });
  } catch (error) {
    stderr.write(`${describeError(error)}\n`);
    code = error instanceof PipelineTuiError ? error.exitCode : 1;
  }
  return {code, stdout: stdout.text, stderr: stderr.text};
}

// Requests that change something on Heroku.
export const writes = (sim: Simulator) =>
  sim.requests.filter((r) => r.method !== 'GET' && r.path !== '/filters/apps');
