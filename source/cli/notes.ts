import process from 'node:process';
import {ConfigError} from '../shared/errors.js';
import {requireToken, type Runtime} from '../services/runtime.js';
import {noExtraArguments, targetList, type Flags} from './options.js';

/** `notes APP [--to TARGET] [--release vN]`. */
export async function notesMode(runtime: Runtime, flags: Flags, rest: string[]): Promise<number> {
  const [app, ...extra] = rest;
  if (!app) {
    throw new ConfigError(
      'notes needs an app: pipeline-tui notes APP [--to TARGET] [--release vN].',
    );
  }
  noExtraArguments(extra);
  const {runNotes} = await import('../commands/notes.js');
  return await runNotes({
    services: runtime.services(requireToken(runtime).token),
    app,
    to: targetList(flags.to),
    release: flags.release,
    stdout: process.stdout,
  });
}
