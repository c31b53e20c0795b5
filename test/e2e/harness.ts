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
import {killAllPtys, spawnPty, type PtySession} from './pty.js';

// What every end-to-end and visible fault test needs: the built CLI, a simulator on a
// random loopback port, a private HOME and config folder, and cleanup after each test.

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  await killAllPtys();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Builds dist/ once per test file when it is missing or stale (a no-op in CI, which builds first).
export function useBuiltCli(): void {
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

export type CliEnvOptions = {
  sim?: Simulator | null;
  // The token in HEROKU_API_KEY; null leaves it unset (saved credentials or the login screen).
  token?: string | null;
  configDir?: string;
  home?: string;
  extra?: Record<string, string>;
};

// A clean environment: nothing of the developer's own Heroku or GitHub setup leaks in,
// HOME is a fresh folder (no ~/.netrc), and CI is unset, since the board refuses to start in CI.
export function cliEnv(options: CliEnvOptions = {}): NodeJS.ProcessEnv {
  const home = options.home ?? tempDir('pipeline-tui-home-');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    TZ: 'UTC',
    PIPELINE_TUI_CONFIG_DIR: options.configDir ?? tempDir('pipeline-tui-config-'),
  };
  const sim = options.sim;
  if (sim) {
    env.HEROKU_HOST = sim.url;
    env.PIPELINE_TUI_KOLKRABBI_URL = sim.kolkrabbiUrl;
    env.GITHUB_API_URL = sim.githubUrl;
    const token = options.token === undefined ? sim.token : options.token;
    if (token !== null) env.HEROKU_API_KEY = token;
  }
  return {...env, ...options.extra};
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

// The app whose card has the heavy border of the selection, read off the screen.
export function selectedAppName(lines: string[]): string | null {
  for (let row = 0; row < lines.length - 1; row++) {
    const column = lines[row]!.indexOf('┏');
    if (column < 0) continue;
    const below = [...lines[row + 1]!];
    const start = [...lines[row]!.slice(0, column)].length;
    if (below[start] !== '┃') continue;
    const rest = below.slice(start + 1).join('');
    return rest.slice(0, rest.indexOf('┃')).trim() || null;
  }
  return null;
}

// A board is on screen: the status bar says when it was refreshed and no loading line is left.
export function boardShown(text: string): boolean {
  return /refreshed \d|STALE/.test(text) && !text.includes('Loading ');
}
