import type {SetupCommand} from '../commands/setup-args.js';
import {requireToken, type Runtime} from '../services/runtime.js';
import {interactiveTerminal, type Flags} from './options.js';

/** `pipelines:create`, `:add`, `:update`, `:remove`, `:rename` and `:destroy`. */
export async function setupMode(
  command: SetupCommand,
  runtime: Runtime,
  flags: Flags,
  rest: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const {runSetupCommand} = await import('../commands/setup-run.js');
  const {createSetupServices} = await import('../services/setup.js');
  return await runSetupCommand(command, rest, flags, {
    services: () => createSetupServices(runtime.client(requireToken(runtime).token)),
    interactive: interactiveTerminal(env),
  });
}

export {isSetupCommand} from '../commands/setup-args.js';
