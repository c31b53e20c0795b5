import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSimulator} from '../source/simulator/index.js';
import {PIPELINE} from './session.js';

// The official Heroku CLI's `pipelines:info` on the same simulated pipeline and latency,
// when it is installed: `heroku` on PATH, or HEROKU_CLI=/path/to/heroku.

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

function timed(path: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(path, args, {env, stdio: ['ignore', 'ignore', 'pipe']});
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

export async function timeHerokuCli(
  options: {apps: number; latencyMs: number},
  runs: number,
): Promise<HerokuCliResult> {
  const path = findHerokuCli();
  if (!path) return {kind: 'skipped', reason: '`heroku` is not on PATH and HEROKU_CLI is not set'};
  const sim = await startSimulator({
    latencyMs: options.latencyMs,
    seed: {largePipeline: {apps: options.apps}},
  });
  const home = mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-heroku-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    HEROKU_HOST: sim.url,
    HEROKU_API_KEY: sim.token,
    HEROKU_SKIP_NEW_VERSION_CHECK: '1',
  };
  try {
    const version = spawnSync(path, ['--version'], {env, encoding: 'utf8'}).stdout.trim();
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      runsMs.push(await timed(path, ['pipelines:info', PIPELINE], env));
    }
    return {kind: 'measured', path, version, runsMs};
  } catch (error) {
    return {kind: 'failed', path, message: error instanceof Error ? error.message : String(error)};
  } finally {
    await sim.close();
    rmSync(home, {recursive: true, force: true});
  }
}
