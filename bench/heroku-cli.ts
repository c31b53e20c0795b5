import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Simulator} from '../source/simulator/index.js';
import {PIPELINE} from './session.js';

// The official Heroku CLI's `pipelines:info`, run on the simulator of the product's run it is
// paired with (same pipeline, same latency, right after it), when it is installed: `heroku`
// on PATH, or HEROKU_CLI=/path/to/heroku. Offline it would wait seconds for services it
// reports to (telemetry, particleboard): those are turned off or pointed at a closed
// loopback port, so it is timed doing the work and nothing else.

export type HerokuCli = {path: string; version: string; home: string; closedPort: number};

export type HerokuCliResult =
  | {kind: 'skipped'; reason: string}
  | {kind: 'measured'; path: string; version: string; runsMs: number[]}
  | {kind: 'failed'; path: string; message: string};

function findHerokuCli(): string | null {
  const explicit = process.env.HEROKU_CLI;
  if (explicit) return explicit;
  const found = spawnSync('sh', ['-c', 'command -v heroku'], {encoding: 'utf8'});
  return found.status === 0 ? found.stdout.trim() || null : null;
}

// A loopback port nothing listens on: connections to it are refused at once.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 1;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function herokuCliEnv(cli: HerokuCli, sim: Simulator): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: cli.home,
    HEROKU_HOST: sim.url,
    HEROKU_API_KEY: sim.token,
    HEROKU_SKIP_NEW_VERSION_CHECK: '1',
    DISABLE_TELEMETRY: '1',
    HEROKU_PARTICLEBOARD_URL: `http://127.0.0.1:${cli.closedPort}`,
  };
}

export async function findCli(): Promise<HerokuCli | {skipped: string}> {
  const path = findHerokuCli();
  if (!path) return {skipped: '`heroku` is not on PATH and HEROKU_CLI is not set'};
  const home = mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-heroku-'));
  const port = await closedPort();
  const version = spawnSync(path, ['--version'], {
    env: {PATH: process.env.PATH, HOME: home, DISABLE_TELEMETRY: '1'},
    encoding: 'utf8',
  }).stdout.trim();
  return {path, version, home, closedPort: port};
}

export function removeCli(cli: HerokuCli): void {
  rmSync(cli.home, {recursive: true, force: true});
}

// One `heroku pipelines:info` on this simulator: its wall time, spawn to exit.
export function timeHerokuCliOnce(cli: HerokuCli, sim: Simulator): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cli.path, ['pipelines:info', PIPELINE], {
      env: herokuCliEnv(cli, sim),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`exit ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
    });
  });
}
