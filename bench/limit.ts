import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import type {Simulator} from '../source/simulator/index.js';
import {PIPELINE} from './session.js';

// The physical-limit baseline (limit-client.tsx): bundled once, then run on a simulator.

const HERE = dirname(fileURLToPath(import.meta.url));

export async function buildLimitClient(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-limit-'));
  await build({
    entryPoints: [join(HERE, 'limit-client.tsx')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Split like the program, so Ink's optional devtools stay in a chunk never loaded.
    splitting: true,
    outdir,
    external: ['react-devtools-core'],
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {
      js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    logLevel: 'error',
  });
  return join(outdir, 'limit-client.js');
}

// Spawn to the arrival of the bare client's frame (the apps' names), in ms: measured like
// the board's cold start, to the frame rather than to the process's exit.
export function timeLimitOnce(script: string, sim: Simulator): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let drawnAt: number | null = null;
    const child = spawn(process.execPath, [script, PIPELINE], {
      env: {PATH: process.env.PATH, HEROKU_HOST: sim.url, HEROKU_API_KEY: sim.token},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (drawnAt === null && chunk.toString('utf8').includes(`${PIPELINE}-`)) {
        drawnAt = performance.now();
      }
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && drawnAt !== null) resolve(drawnAt - started);
      else reject(new Error(`the bare client exited ${code}: ${stderr.trim().slice(-300)}`));
    });
  });
}
