import {execFile} from 'node:child_process';

export type GitResult =
  {ok: true; stdout: string} | {ok: false; code: number | string | null; stderr: string};

// Every command here only reads the object database: no fetch, and a partial clone must not
// fetch a missing object on its own either. No shell: arguments go to git as they are.
const ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_NO_LAZY_FETCH: '1',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

export function runGit(repoPath: string, args: string[], timeoutMs = 15_000): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', repoPath, '-c', 'log.showSignature=false', '-c', 'core.quotepath=off', ...args],
      {
        env: {...process.env, ...ENV},
        maxBuffer: 64 * 1024 * 1024,
        timeout: timeoutMs,
        windowsHide: true,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ok: true, stdout});
          return;
        }
        const code = (error as {code?: number | string | null}).code ?? null;
        resolve({ok: false, code, stderr: String(stderr ?? '')});
      },
    );
  });
}

// The first line of git's complaint, for a reason sentence.
export function gitComplaint(result: GitResult): string {
  if (result.ok) return '';
  const line = result.stderr
    .split('\n')
    .map((text) => text.replace(/^(fatal|error): /, '').trim())
    .find((text) => text !== '');
  return line ?? `git exited with ${String(result.code)}`;
}
