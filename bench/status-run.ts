import {spawn} from 'node:child_process';
import type {Simulator} from '../source/simulator/index.js';
import {cliEnvFor} from '../test/e2e/cli-env.js';
import {PIPELINE} from './session.js';

// `pipeline-tui status PIPELINE` on a simulator, spawn to exit, in ms: the whole pipeline
// compared (review apps included), printed to a pipe.
export function timeStatusOnce(cli: string, sim: Simulator, home: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'status', PIPELINE], {
      env: cliEnvFor({sim, home, configDir: `${home}/status-config`}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && output.includes(PIPELINE)) resolve(performance.now() - started);
      else reject(new Error(`status exited ${code}: ${output.trim().slice(-300)}`));
    });
  });
}
