#!/usr/bin/env node
import './source/node-env.js';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {USAGE} from './source/commands/usage.js';
import {runStatus} from './source/commands/status.js';
import {runPromote} from './source/commands/promote.js';
import {promoteGuardFlags} from './source/commands/promote-flags.js';
import {runLogin, runLogout, runWhoami, type AuthDeps} from './source/commands/auth.js';
import {UnauthorizedError} from './source/heroku/errors.js';
import {ConfigError, PipelineTuiError, describeError} from './source/shared/errors.js';
import {
  checkAndSaveToken,
  createLoginValidator,
  recoveryNotice,
  type TokenSource,
} from './source/credentials/index.js';
import type {Simulator} from './source/simulator/index.js';
import {createRuntime, requireToken, type Runtime} from './source/services/runtime.js';
import {prefetchBoard} from './source/services/prefetch.js';
import {prefetchOverview} from './source/services/prefetch-overview.js';
import {VERSION} from './source/shared/version.js';
import {sanitizeText} from './source/shared/sanitize.js';

const OPTIONS = {
  app: {type: 'string'},
  demo: {type: 'boolean'},
  json: {type: 'boolean'},
  all: {type: 'boolean'},
  yes: {type: 'boolean'},
  to: {type: 'string'},
  release: {type: 'string'},
  team: {type: 'string'},
  stage: {type: 'string'},
  confirm: {type: 'string'},
  follow: {type: 'string'},
  port: {type: 'string'},
  latency: {type: 'string'},
  refresh: {type: 'string'},
  'no-review': {type: 'boolean'},
  repo: {type: 'string'},
  tail: {type: 'boolean'},
  type: {type: 'string'},
  dyno: {type: 'string'},
  num: {type: 'string'},
  'no-notify': {type: 'boolean'},
  verify: {type: 'boolean'},
  'two-factor-code': {type: 'string'},
  'include-current': {type: 'boolean'},
  waves: {type: 'string'},
  sequential: {type: 'boolean'},
  force: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

type Flags = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    const code = (error as {code?: string}).code;
    const option = /'(-[^' ]+)/.exec(describeError(error))?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new ConfigError(`Unknown option ${option}. See pipeline-tui --help.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      const takesNone = describeError(error).includes('does not take');
      throw new ConfigError(
        `${option} ${takesNone ? 'takes no value' : 'needs a value'}. See pipeline-tui --help.`,
      );
    }
    throw new ConfigError(`${describeError(error).replace(/\.$/, '')}. See pipeline-tui --help.`);
  }
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new ConfigError(`--${flag} takes a whole number, not "${value}".`);
  return Number(value);
}

const inCi = (env: NodeJS.ProcessEnv) =>
  ['CI', 'CONTINUOUS_INTEGRATION'].some(
    (name) => name in env && env[name] !== '0' && env[name] !== 'false',
  );

function interactiveTerminal(env: NodeJS.ProcessEnv): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !inCi(env);
}

function authDeps(runtime: Runtime): AuthDeps {
  return {
    env: runtime.env,
    store: runtime.store!,
    apiUrl: runtime.apiUrl,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    fetchAccount: accountFetcher(runtime),
    renderLogin: async () => {
      const {showLogin} = await import('./source/ui/run.js');
      return showLogin({
        apiHost: runtime.apiHost,
        validate: createLoginValidator({
          apiHost: runtime.apiHost,
          store: runtime.store!,
          fetchAccount: accountFetcher(runtime),
        }),
      });
    },
  };
}

function accountFetcher(runtime: Runtime) {
  return async (token: string) => ({email: (await runtime.client(token).account()).email});
}

async function interactive(runtime: Runtime, flags: Flags, pipeline: string | undefined) {
  const refreshSeconds = wholeNumber(flags.refresh, 'refresh', 30);
  const tokenFromEnv = runtime.token?.source === 'env' && !runtime.simulator;
  let exitCode = 0;
  const listeners = new Set<() => void>();
  // A rejection can come before the session listens (the prefetched lookup): it hears of it
  // when it subscribes, so a rejected HEROKU_API_KEY is named whenever it happens.
  let rejected = false;
  const onUnauthorized = () => {
    // A rejected HEROKU_API_KEY ends the session: an operation failed.
    if (tokenFromEnv) exitCode = 1;
    rejected = true;
    for (const listener of listeners) listener();
  };
  const services = runtime.token ? runtime.services(runtime.token.token, onUnauthorized) : null;
  // The board's requests start now, while Ink loads.
  const target = flags.app ? {app: flags.app} : pipeline ? {pipeline} : null;
  const initialServices =
    services && target
      ? prefetchBoard(services, target)
      : services
        ? prefetchOverview(services, process.stdout.rows ?? 24)
        : services;
  const {showSession} = await import('./source/ui/run.js');
  const sessionCode = await showSession({
    apiHost: runtime.apiHost,
    initialServices,
    tokenFromEnv,
    subscribeUnauthorized: (listener) => {
      listeners.add(listener);
      if (rejected) {
        rejected = false;
        listener();
      }
      return () => listeners.delete(listener);
    },
    login: async (token) => {
      if (!runtime.store) return {ok: false, message: 'The demo needs no login.'};
      const outcome = await checkAndSaveToken({
        token,
        apiHost: runtime.apiHost,
        store: runtime.store,
        fetchAccount: accountFetcher(runtime),
      });
      return outcome.ok
        ? {
            ok: true,
            email: outcome.email,
            services: runtime.services(outcome.token, onUnauthorized),
          }
        : {ok: false, message: outcome.message};
    },
    board: {pipeline, app: flags.app, refreshSeconds},
  });
  // Quitting does not cancel a promotion: the person is told where it stands and how to follow it.
  const running = services?.runningPromotion();
  if (running) {
    const {interruptedOutput} = await import('./source/commands/promote-signals.js');
    process.stderr.write(interruptedOutput(running.progress(), false));
    return 130;
  }
  return Math.max(exitCode, sessionCode);
}

async function waitForSignal(): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const {values: flags, positionals} = parse(argv);
  if (flags.help) return (void process.stdout.write(USAGE), 0);
  if (flags.version) return (void process.stdout.write(`${VERSION}\n`), 0);
  const [command, ...rest] = positionals;

  if (command === 'simulate') {
    const {runSimulate} = await import('./source/commands/simulate.js');
    const simulator = await runSimulate(
      {
        port: wholeNumber(flags.port, 'port', 4567),
        latencyMs: wholeNumber(flags.latency, 'latency', 0),
      },
      process.stdout,
    );
    await waitForSignal();
    await simulator.close();
    return 0;
  }

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
    if (simulator && (command === 'login' || command === 'logout' || command === 'whoami')) {
      throw new ConfigError(`The demo needs no ${command}: it runs on the built-in simulator.`);
    }
    switch (command) {
      case 'login':
        return await runLogin(authDeps(runtime));
      case 'logout':
        return await runLogout(authDeps(runtime));
      case 'whoami':
        return await runWhoami(authDeps(runtime));
      case 'status': {
        const [pipeline] = rest;
        if (flags.all) {
          if (pipeline) throw new ConfigError('status --all takes no pipeline name.');
          const {runStatusAll} = await import('./source/commands/status-all.js');
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
      case 'notes': {
        const [app, ...extra] = rest;
        if (!app) {
          throw new ConfigError(
            'notes needs an app: pipeline-tui notes APP [--to TARGET] [--release vN].',
          );
        }
        if (extra.length > 0) {
          throw new ConfigError(`Unexpected argument "${extra[0]}". See pipeline-tui --help.`);
        }
        const {runNotes} = await import('./source/commands/notes.js');
        return await runNotes({
          services: runtime.services(requireToken(runtime).token),
          app,
          to: flags.to
            ?.split(',')
            .map((name) => name.trim())
            .filter(Boolean),
          release: flags.release,
          stdout: process.stdout,
        });
      }
      case 'promote': {
        const [app = '', ...positionals] = rest;
        const {verifyWindow} = await import('./source/commands/promote-verify.js');
        const {window, rest: extra} = verifyWindow(flags.verify, positionals, env);
        if (window && flags.follow !== undefined) {
          throw new ConfigError('--verify goes with a promotion sent here, not with --follow.');
        }
        if (!app && flags.follow === undefined) {
          throw new ConfigError(
            'promote needs an app: pipeline-tui promote APP [--to A,B] [--release vN] [--yes] [--json].',
          );
        }
        if (extra.length > 0) {
          throw new ConfigError(`Unexpected argument "${extra[0]}". See pipeline-tui --help.`);
        }
        return await runPromote({
          services: runtime.services(requireToken(runtime).token),
          app,
          to: flags.to
            ?.split(',')
            .map((name) => name.trim())
            .filter(Boolean),
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
      case 'pipelines:create':
      case 'pipelines:add':
      case 'pipelines:update':
      case 'pipelines:remove':
      case 'pipelines:rename':
      case 'pipelines:destroy': {
        const {runSetupCommand} = await import('./source/commands/setup-run.js');
        const {createSetupServices} = await import('./source/services/setup.js');
        return await runSetupCommand(command, rest, flags, {
          services: () => createSetupServices(runtime!.client(requireToken(runtime!).token)),
          interactive: interactiveTerminal(env),
        });
      }
      case 'logs': {
        const {logsApp, runLogs} = await import('./source/commands/logs.js');
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
      default: {
        if (rest.length > 0)
          throw new ConfigError(`Unexpected argument "${rest[0]}". See pipeline-tui --help.`);
        if (!interactiveTerminal(env)) {
          throw new ConfigError(
            'The board needs an interactive terminal; use `pipeline-tui status PIPELINE --json` or `pipeline-tui promote APP --yes` instead.',
          );
        }
        const code = await interactive(runtime, flags, command);
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

// Heroku's own 401 message does not say which token it rejected, nor what to do about it.
function explainRejectedToken(error: unknown, source: TokenSource | undefined): unknown {
  if (!(error instanceof UnauthorizedError) || !source) return error;
  const advice: Record<TokenSource, string> = {
    env: 'the token in HEROKU_API_KEY: set a valid one (`heroku auth:token` prints yours)',
    'os-store': "the Heroku CLI's login in the OS credential store: run `heroku login` again",
    saved: 'the saved token: run `pipeline-tui login` again',
    netrc: 'the token in ~/.netrc: run `heroku login` or `pipeline-tui login`',
  };
  return new UnauthorizedError(`Heroku rejected ${advice[source]}.`, {
    status: error.status,
    id: error.id,
    requestId: error.requestId,
  });
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
