import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll} from 'vitest';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../source/simulator/index.js';
import {CLI, ROOT, ensureBuilt} from './build.js';
import {cliEnvFor, type CliEnvInput} from './cli-env.js';
import {KEY, killAllPtys, spawnPty, type PtySession} from './pty.js';
import {boardShown, selectedAppName} from './screen.js';

export {boardShown, selectedAppName} from './screen.js';

// What every end-to-end and visible fault test needs: the built CLI, a simulator on a
// random loopback port, a private HOME and config folder, and cleanup after each test.

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  await killAllPtys();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Builds dist/ once per test file when it is missing or stale (a no-op in CI, which builds first).
export function requireBuiltCli(): void {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);
}

export async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  cleanups.push(() => sim.close());
  return sim;
}

export function tempDir(prefix = 'pipeline-tui-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, {recursive: true, force: true}));
  return dir;
}

export type CliEnvOptions = Partial<CliEnvInput>;

// The CLI's environment, with a fresh HOME and config folder unless the test brings its own.
export function cliEnv(options: CliEnvOptions = {}): NodeJS.ProcessEnv {
  return cliEnvFor({
    ...options,
    home: options.home ?? tempDir('pipeline-tui-home-'),
    configDir: options.configDir ?? tempDir('pipeline-tui-config-'),
  });
}

export type LaunchOptions = CliEnvOptions & {args: string[]; cols?: number; rows?: number};

export function launch(options: LaunchOptions): PtySession {
  return spawnPty({
    file: process.execPath,
    args: [CLI, ...options.args],
    env: cliEnv(options),
    cwd: ROOT,
    cols: options.cols ?? 120,
    rows: options.rows ?? 40,
  });
}

export type Piped = {code: number | null; stdout: string; stderr: string};

// The CLI with pipes instead of a terminal, as a script or CI runs it.
export function runPiped(
  args: string[],
  env: NodeJS.ProcessEnv,
  input = '',
  timeoutMs = 15_000,
): Promise<Piped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {cwd: ROOT, env});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pipeline-tui ${args.join(' ')} did not finish in ${timeoutMs} ms.`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
    child.stdin.end(input);
  });
}

// Types text into the focused input and waits until the input shows it, so that an Enter
// pressed next arrives as a key of its own (a pasted line with its Enter is another case).
export async function typeInto(tui: PtySession, text: string): Promise<void> {
  tui.press(text);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await tui.waitForText(new RegExp(`(> |: )${escaped}`), 5000);
}

// The whitewave board with staging selected: where most flows start.
export async function launchWhitewave(
  sim: Simulator,
  options: Omit<LaunchOptions, 'args' | 'sim'> & {extraArgs?: string[]} = {},
): Promise<PtySession> {
  const {extraArgs = [], ...rest} = options;
  const tui = launch({...rest, args: ['whitewave', ...extraArgs], sim});
  await tui.waitForScreen(
    (text, lines) => boardShown(text) && selectedAppName(lines) === 'whitewave-staging',
    20_000,
    'the board with staging selected',
  );
  return tui;
}

// From the board with staging selected to the typed confirmation of a production promotion;
// gives the dialog as it first appeared.
export async function openProductionConfirmation(tui: PtySession): Promise<string> {
  tui.press('p');
  const dialog = await tui.waitForText('[ Cancel ]');
  tui.press(KEY.right);
  await tui.waitForText('[ Promote… ]');
  tui.press(KEY.enter);
  await tui.waitForText('Type whitewave-prod');
  return dialog;
}

// From the board with staging selected to production's release history (v16 current).
export async function openProductionHistory(tui: PtySession): Promise<string> {
  tui.press('l');
  await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-prod', 5000);
  tui.press('v');
  await tui.waitForText(/Releases of whitewave-prod/);
  return tui.waitForText(/› v16\*/);
}

// From the board to the typed confirmation of rolling production back to v15.
export async function openRollbackConfirmation(tui: PtySession): Promise<string> {
  await openProductionHistory(tui);
  tui.press('j');
  await tui.waitForText(/› v15 /);
  tui.press('r');
  return tui.waitForText('Type whitewave-prod');
}
