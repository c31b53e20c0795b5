import {requireToken, type Runtime} from '../services/runtime.js';
import {interactiveTerminal, type Flags} from './options.js';

export const SETUP_COMMANDS = [
  'pipelines:create',
  'pipelines:add',
  'pipelines:update',
  'pipelines:remove',
  'pipelines:rename',
  'pipelines:destroy',
] as const;

export type SetupCommand = (typeof SETUP_COMMANDS)[number];

export const isSetupCommand = (command: string | undefined): command is SetupCommand =>
  (SETUP_COMMANDS as readonly (string | undefined)[]).includes(command);

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
