import process from 'node:process';
import {runPromote} from '../commands/promote.js';
import {promoteGuardFlags} from '../commands/promote-flags.js';
import {ConfigError} from '../shared/errors.js';
import {requireToken, type Runtime} from '../services/runtime.js';
import {interactiveTerminal, noExtraArguments, targetList, type Flags} from './options.js';

/** `promote APP [--to A,B] [--release vN] [--yes] [--json]`, `--follow` and `--verify`. */
export async function promoteMode(
  runtime: Runtime,
  flags: Flags,
  rest: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const [app = '', ...positionals] = rest;
  const {verifyWindow} = await import('../commands/promote-verify.js');
  const {window, rest: extra} = verifyWindow(flags.verify, positionals, env);
  if (window && flags.follow !== undefined) {
    throw new ConfigError('--verify goes with a promotion sent here, not with --follow.');
  }
  if (!app && flags.follow === undefined) {
    throw new ConfigError(
      'promote needs an app: pipeline-tui promote APP [--to A,B] [--release vN] [--yes] [--json].',
    );
  }
  noExtraArguments(extra);
  return await runPromote({
    services: runtime.services(requireToken(runtime).token),
    app,
    to: targetList(flags.to),
    release: flags.release,
    yes: Boolean(flags.yes),
    json: Boolean(flags.json),
    interactive: interactiveTerminal(env),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    follow: flags.follow,
    verify: window,
    ...promoteGuardFlags(flags, env),
  });
}
