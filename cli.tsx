#!/usr/bin/env node
// node-env comes first: React picks its development or production build when it first loads.
import './source/node-env.js';
import process from 'node:process';
import {USAGE} from './source/commands/usage.js';
import {ConfigError, PipelineTuiError, describeError} from './source/shared/errors.js';
import {recoveryNotice} from './source/credentials/index.js';
import type {Simulator} from './source/simulator/index.js';
import {createRuntime, type Runtime} from './source/services/runtime.js';
import {VERSION} from './source/shared/version.js';
import {sanitizeText} from './source/shared/sanitize.js';
import {parse} from './source/cli/options.js';
import {authMode} from './source/cli/auth.js';
import {statusMode} from './source/cli/status.js';
import {notesMode} from './source/cli/notes.js';
import {promoteMode} from './source/cli/promote.js';
import {isSetupCommand, setupMode} from './source/cli/setup.js';
import {logsMode} from './source/cli/logs.js';
import {simulateMode} from './source/cli/simulate.js';
import {boardMode} from './source/cli/board.js';
import {explainRejectedToken} from './source/cli/rejected-token.js';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const {values: flags, positionals} = parse(argv);
  if (flags.help) return (void process.stdout.write(USAGE), 0);
  if (flags.version) return (void process.stdout.write(`${VERSION}\n`), 0);
  const [command, ...rest] = positionals;
  if (command === 'simulate') return simulateMode(flags);

  let simulator: Simulator | null = null;
  let runtime: Runtime | undefined;
  try {
    if (flags.demo) {
      const {startSimulator} = await import('./source/simulator/index.js');
      const {demoSimulatorOptions} = await import('./source/simulator/demo-options.js');
      simulator = await startSimulator({seed: 'demo', ...demoSimulatorOptions(env)});
    }
    runtime = createRuntime({
      env,
      simulator,
      repoPath: flags.repo,
      noNotify: Boolean(flags['no-notify']),
    });
    const notice = runtime.store && recoveryNotice(runtime.store);
    if (notice) process.stderr.write(`${notice}\n`);
    if (command === 'login' || command === 'logout' || command === 'whoami') {
      if (simulator) {
        throw new ConfigError(`The demo needs no ${command}: it runs on the built-in simulator.`);
      }
      return await authMode(command, runtime);
    }
    if (isSetupCommand(command)) return await setupMode(command, runtime, flags, rest, env);
    switch (command) {
      case 'status':
        return await statusMode(runtime, flags, rest);
      case 'notes':
        return await notesMode(runtime, flags, rest);
      case 'promote':
        return await promoteMode(runtime, flags, rest, env);
      case 'logs':
        return await logsMode(runtime, flags, rest);
      default: {
        const code = await boardMode(runtime, flags, command, rest, env);
        // A request still in flight (a slow endpoint) must not keep the process alive after q.
        await simulator?.close();
        return process.exit(code);
      }
    }
  } catch (error) {
    throw explainRejectedToken(error, runtime?.token?.source);
  } finally {
    await simulator?.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2), process.env);
} catch (error) {
  if (process.env.DEBUG?.includes('pipeline-tui') && error instanceof Error) {
    process.stderr.write(`${error.stack}\n`);
  }
  // Messages can quote the person's own arguments: no escape sequence reaches the terminal.
  process.stderr.write(`${sanitizeText(describeError(error))}\n`);
  process.exitCode = error instanceof PipelineTuiError ? error.exitCode : 1;
}
