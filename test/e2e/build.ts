import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createHash} from 'node:crypto';

// The end-to-end tests run the built program, as a person installs it. CI builds before
// testing; a developer's run builds here when dist/ is missing or older than the sources.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

const INPUTS = ['cli.tsx', 'source', 'scripts', 'tsconfig.json', 'package.json'];
const LOCK_STALE_MS = 5 * 60_000;
const BUILD_TIMEOUT_MS = 5 * 60_000;

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(CLI).mtimeMs;
  } catch {
    return 0;
  }
}

export function isBuildFresh(): boolean {
  const built = builtAt();
  return built > 0 && INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

// Test files run in parallel processes: one builds, the others wait for it.
async function withLock<T>(work: () => T): Promise<T> {
  const lock = join(
    tmpdir(),
    `pipeline-tui-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, {recursive: true, force: true});
      if (Date.now() > deadline) throw new Error(`Gave up waiting for the build lock ${lock}.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

// Returns the path of the built CLI, building it first when needed.
export async function ensureBuilt(): Promise<string> {
  if (isBuildFresh()) return CLI;
  return withLock(() => {
    if (isBuildFresh()) return CLI;
    // The same command as `npm run build`, without npm in between.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: {build: string};
    };
    const bin = join(ROOT, 'node_modules', '.bin');
    const result = spawnSync(pkg.scripts.build, {
      cwd: ROOT,
      shell: true,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      env: {...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`},
    });
    if (result.status !== 0 || !isBuildFresh()) {
      throw new Error(`npm run build did not write dist/cli.js:\n${result.stdout}${result.stderr}`);
    }
    return CLI;
  });
}
