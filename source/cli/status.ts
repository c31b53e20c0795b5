import process from 'node:process';
import {runStatus} from '../commands/status.js';
import {ConfigError} from '../shared/errors.js';
import {requireToken, type Runtime} from '../services/runtime.js';
import type {Flags} from './options.js';

/** `status PIPELINE [--json] [--no-review]` and `status --all`. */
export async function statusMode(runtime: Runtime, flags: Flags, rest: string[]): Promise<number> {
  const [pipeline] = rest;
  if (flags.all) {
    if (pipeline) throw new ConfigError('status --all takes no pipeline name.');
    const {runStatusAll} = await import('../commands/status-all.js');
    const services = runtime.services(requireToken(runtime).token);
    return await runStatusAll({services, json: Boolean(flags.json), stdout: process.stdout});
  }
  if (!pipeline)
    throw new ConfigError('status needs a pipeline: pipeline-tui status PIPELINE [--json].');
  const services = runtime.services(requireToken(runtime).token);
  return await runStatus({
    services,
    pipeline,
    json: Boolean(flags.json),
    stdout: process.stdout,
    skipReview: Boolean(flags['no-review']),
  });
}
