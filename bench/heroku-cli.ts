import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Simulator} from '../source/simulator/index.js';
import {PIPELINE} from './session.js';

// The official Heroku CLI's `pipelines:info`, run on the simulator of the product's run it is
// paired with (same pipeline, same latency, right after it), when it is installed: `heroku`
// on PATH, or HEROKU_CLI=/path/to/heroku. Offline it would wait seconds for services it
// reports to: telemetry is turned off (DISABLE_TELEMETRY=true: it checks for "true", not
// "1"), and particleboard is a loopback stand-in that answers 404 at once. A closed port is
// not enough: the CLI retries a refused connection with backoff for about 6.5 s.

export type HerokuCli = {path: string; version: string; home: string; standIn: Server};

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

// Particleboard's stand-in: every request answered 404 at once, as for an unknown resource.
async function standIn(): Promise<Server> {
  const server = createServer((_, response) => {
    response.writeHead(404, {'content-type': 'application/json'});
    response.end('{"id":"not_found","message":"Not found."}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 1;
}

export function herokuCliEnv(cli: HerokuCli, sim: Simulator): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: cli.home,
    HEROKU_HOST: sim.url,
    HEROKU_API_KEY: sim.token,
    HEROKU_SKIP_NEW_VERSION_CHECK: '1',
    DISABLE_TELEMETRY: 'true',
    HEROKU_PARTICLEBOARD_URL: `http://127.0.0.1:${portOf(cli.standIn)}`,
  };
}

export async function findCli(): Promise<HerokuCli | {skipped: string}> {
  const path = findHerokuCli();
  if (!path) return {skipped: '`heroku` is not on PATH and HEROKU_CLI is not set'};
  const home = mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-heroku-'));
  const version = spawnSync(path, ['--version'], {
    env: {PATH: process.env.PATH, HOME: home, DISABLE_TELEMETRY: 'true'},
    encoding: 'utf8',
  }).stdout.trim();
  return {path, version, home, standIn: await standIn()};
}

export async function removeCli(cli: HerokuCli): Promise<void> {
  rmSync(cli.home, {recursive: true, force: true});
  await new Promise<void>((resolve) => cli.standIn.close(() => resolve()));
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
