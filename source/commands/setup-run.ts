import type {SetupServices} from '../contract/setup.js';
import {parseSetup, type SetupCommand} from './setup-args.js';
import {runSetup} from './setup.js';

type Flags = {
  app?: string;
  stage?: string;
  team?: string;
  confirm?: string;
  yes?: boolean;
  json?: boolean;
};

// The entry point cli.tsx calls: the words checked first, then the change made.
export async function runSetupCommand(
  command: SetupCommand,
  positionals: string[],
  flags: Flags,
  deps: {services: () => SetupServices; interactive: boolean},
): Promise<number> {
  const request = parseSetup(command, positionals, flags);
  return runSetup({
    services: deps.services(),
    request,
    confirm: flags.confirm,
    yes: Boolean(flags.yes),
    json: Boolean(flags.json),
    interactive: deps.interactive,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
}
