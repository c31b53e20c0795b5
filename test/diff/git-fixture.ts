import {execFileSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

// A throwaway git repository with a fixed identity and no user or system config, so the
// tests behave the same on every machine.
export type GitFixture = {
  path: string;
  git(...args: string[]): string;
  commit(message: string, files: Record<string, string | Buffer | null>, date?: string): string;
  remove(): void;
};

export function createGitFixture(): GitFixture {
  const path = mkdtempSync(join(tmpdir(), 'pipeline-tui-git-'));
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', path, ...args], {env, encoding: 'utf8'}).trim();
  git('init', '--quiet', '--initial-branch=main');

  function commit(message: string, files: Record<string, string | Buffer | null>, date?: string) {
    for (const [name, content] of Object.entries(files)) {
      const file = join(path, name);
      if (content === null) {
        git('rm', '--quiet', name);
        continue;
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, content);
      git('add', name);
    }
    const when = date ?? '2025-05-30T10:00:00Z';
    execFileSync('git', ['-C', path, 'commit', '--quiet', '--allow-empty', '-m', message], {
      env: {...env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when},
    });
    return git('rev-parse', 'HEAD');
  }

  return {path, git, commit, remove: () => rmSync(path, {recursive: true, force: true})};
}
