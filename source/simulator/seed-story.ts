import {deployCommit, isoAgo, promoteSettled} from './builder.js';
import {commitOnBranch} from './git.js';
import {setConfigVars} from './releases.js';
import type {Person} from './seed-people.js';
import type {SimApp, SimFileChange, SimRelease, SimState} from './state.js';

// Short verbs for writing a seeded history in time order, minutes before the simulator started.

export type Story = {
  commit(
    repo: string,
    branch: string,
    by: Person | Person['author'],
    message: string,
    minutesAgo: number,
    options?: {files?: SimFileChange[]; parent?: string},
  ): string;
  deploy(app: SimApp, sha: string, by: Person, minutesAgo: number, failure?: string): SimRelease;
  promote(
    target: SimApp,
    source: SimApp,
    release: SimRelease,
    by: Person,
    minutesAgo: number,
  ): SimRelease;
  config(
    app: SimApp,
    vars: Record<string, string | null>,
    by: Person,
    minutesAgo: number,
  ): SimRelease;
};

export function story(state: SimState): Story {
  return {
    commit(repoName, branch, by, message, minutesAgo, options = {}) {
      const repo = state.repos.get(repoName);
      if (!repo) throw new Error(`Unknown repo ${repoName}`);
      const author = 'author' in by ? by.author : by;
      return commitOnBranch(repo, branch, {
        message,
        author,
        date: isoAgo(state, minutesAgo),
        files: options.files,
        parent: options.parent,
      }).sha;
    },
    deploy(app, sha, by, minutesAgo, failure) {
      return deployCommit(state, app, sha, {
        at: isoAgo(state, minutesAgo),
        userId: by.userId,
        status: failure ? 'failed' : 'succeeded',
        failure,
      });
    },
    promote(target, source, release, by, minutesAgo) {
      return promoteSettled(state, target, source, release, {
        at: isoAgo(state, minutesAgo),
        userId: by.userId,
      });
    },
    config(app, vars, by, minutesAgo) {
      return setConfigVars(state, app, vars, isoAgo(state, minutesAgo), by.userId);
    },
  };
}
