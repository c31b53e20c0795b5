import {createHash} from 'node:crypto';
import type {SimCommit, SimFileChange, SimRepo} from './state.js';

// A commit graph with parents, so that compare answers like GitHub's for linear,
// behind and diverged histories alike.

export function createRepo(fullName: string, githubId: number): SimRepo {
  return {fullName, githubId, commits: new Map(), branches: new Map()};
}

export type CommitInput = {
  parents: string[];
  message: string;
  author: {name: string; email: string; login: string | null};
  date: string;
  files?: SimFileChange[];
  sha?: string;
};

export function addCommit(repo: SimRepo, input: CommitInput): SimCommit {
  const sha =
    input.sha ??
    createHash('sha1')
      .update(
        [repo.fullName, input.parents.join(','), input.message, input.date, repo.commits.size].join(
          '\n',
        ),
      )
      .digest('hex');
  const commit: SimCommit = {
    sha,
    parents: input.parents,
    message: input.message,
    author: input.author,
    date: input.date,
    files: input.files ?? [],
  };
  repo.commits.set(sha, commit);
  return commit;
}

// Adds a commit on top of a branch (creating the branch from `from` when new) and moves it.
export function commitOnBranch(
  repo: SimRepo,
  branch: string,
  input: Omit<CommitInput, 'parents'> & {parent?: string},
): SimCommit {
  const parent = input.parent ?? repo.branches.get(branch);
  const commit = addCommit(repo, {...input, parents: parent ? [parent] : []});
  repo.branches.set(branch, commit.sha);
  return commit;
}

// A full SHA, a unique prefix of at least 7 characters, or a branch name, as GitHub accepts.
export function resolveRef(repo: SimRepo, ref: string): SimCommit | undefined {
  const exact = repo.commits.get(ref);
  if (exact) return exact;
  const branchHead = repo.branches.get(ref);
  if (branchHead) return repo.commits.get(branchHead);
  if (!/^[0-9a-f]{7,39}$/.test(ref)) return undefined;
  const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref));
  return matches.length === 1 && matches[0] ? repo.commits.get(matches[0]) : undefined;
}

function ancestry(repo: SimRepo, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const parent of repo.commits.get(next)?.parents ?? []) stack.push(parent);
  }
  return seen;
}

// Commits reachable from head but not from base, parents before children.
function exclusiveCommits(repo: SimRepo, head: string, excluded: Set<string>): SimCommit[] {
  const ordered: SimCommit[] = [];
  const visited = new Set<string>();
  const stack: Array<{sha: string; expanded: boolean}> = [{sha: head, expanded: false}];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const commit = repo.commits.get(frame.sha);
    if (!commit || excluded.has(frame.sha)) continue;
    if (frame.expanded) {
      ordered.push(commit);
      continue;
    }
    if (visited.has(frame.sha)) continue;
    visited.add(frame.sha);
    stack.push({sha: frame.sha, expanded: true});
    for (const parent of [...commit.parents].reverse()) {
      if (!visited.has(parent)) stack.push({sha: parent, expanded: false});
    }
  }
  return ordered;
}

export type Comparison = {
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  aheadBy: number;
  behindBy: number;
  commits: SimCommit[]; // what head has that base lacks, oldest first
  mergeBase: SimCommit | undefined;
  files: SimFileChange[];
};

export function compareCommits(repo: SimRepo, base: SimCommit, head: SimCommit): Comparison {
  const baseAncestry = ancestry(repo, base.sha);
  const headAncestry = ancestry(repo, head.sha);
  const commits = exclusiveCommits(repo, head.sha, baseAncestry);
  const behindBy = [...baseAncestry].filter((sha) => !headAncestry.has(sha)).length;
  const aheadBy = commits.length;
  const status =
    aheadBy === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : aheadBy === 0
          ? 'behind'
          : 'diverged';
  const common = [...baseAncestry].filter((sha) => headAncestry.has(sha));
  const mergeBase = common
    .map((sha) => repo.commits.get(sha)!)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return {status, aheadBy, behindBy, commits, mergeBase, files: combineFiles(commits)};
}

function combineFiles(commits: SimCommit[]): SimFileChange[] {
  const byName = new Map<string, SimFileChange>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const seen = byName.get(file.filename);
      if (!seen) {
        byName.set(file.filename, {...file});
        continue;
      }
      seen.additions += file.additions;
      seen.deletions += file.deletions;
      if (file.status === 'removed') seen.status = 'removed';
    }
  }
  return [...byName.values()];
}
