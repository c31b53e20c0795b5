import {resolve} from 'node:path';
import {shortSha} from '../shared/short-sha.js';
import {unknownComparison} from '../board/comparisons.js';
import {firstLine, sanitizeText} from '../shared/sanitize.js';
import type {CommitComparison, CommitDetail, FileChange} from '../board/types.js';
import {gitComplaint, runGit} from './git.js';
import type {DiffSource} from './types.js';
import {
  localCommitMissing,
  localGitFailed,
  localNoCommonHistory,
  notAShaReason,
} from './reasons.js';
import {commitUrlOf, compareUrlOf, parseRemote, type RemoteWeb} from './remote-url.js';
import {isSha, knownComparison} from './results.js';

// Bounds on what is read from a huge range; the counts stay exact whatever the lists hold.
const MAX_COMMITS = 10_000;
const MAX_FILES = 3_000;

const FIELD = '\x1f';
const RECORD = '\x1e';

type Checkout = {remote: RemoteWeb | null} | null;

export function createLocalGitSource(options: {repoPath: string}): DiffSource {
  const repoPath = resolve(options.repoPath);
  const git = (args: string[]) => runGit(repoPath, args);
  let checkout: Promise<Checkout> | null = null;

  // Whether repoPath is a git checkout at all, asked once: it does not change while we run.
  function inspect(): Promise<Checkout> {
    checkout ??= (async () => {
      const probe = await git(['rev-parse', '--git-dir']);
      if (!probe.ok) return null;
      const origin = await git(['remote', 'get-url', 'origin']);
      return {remote: origin.ok ? parseRemote(origin.stdout) : null};
    })();
    return checkout;
  }

  async function listCommits(range: string, remote: RemoteWeb | null): Promise<CommitDetail[]> {
    const format = ['%H', '%an', '%aI', '%s'].join('%x1f') + '%x1e';
    const result = await git([
      'log',
      '--no-color',
      `--max-count=${MAX_COMMITS}`,
      `--format=${format}`,
      range,
      '--',
    ]);
    if (!result.ok) return [];
    return result.stdout
      .split(RECORD)
      .map((record) => record.replace(/^\n/, ''))
      .filter((record) => record !== '')
      .map((record) => {
        const [sha = '', author = '', date = '', subject = ''] = record.split(FIELD);
        return {
          sha,
          shortSha: shortSha(sha),
          author: author === '' ? null : sanitizeText(author),
          date: isoUtc(date),
          message: firstLine(subject),
          url: remote ? commitUrlOf(remote, sha) : null,
        };
      })
      .reverse();
  }

  async function listFiles(range: string): Promise<FileChange[]> {
    const common = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '-z'];
    const [numstat, names] = await Promise.all([
      git([...common, '--numstat', range, '--']),
      git([...common, '--name-status', range, '--']),
    ]);
    if (!numstat.ok || !names.ok) return [];
    const statuses = new Map<string, string>();
    const nameFields = names.stdout.split('\0');
    for (let index = 0; index + 1 < nameFields.length; index += 2) {
      statuses.set(nameFields[index + 1] ?? '', statusWord(nameFields[index] ?? ''));
    }
    const files: FileChange[] = [];
    for (const entry of numstat.stdout.split('\0')) {
      const match = /^(-|\d+)\t(-|\d+)\t(.+)$/s.exec(entry.replace(/^\n/, ''));
      if (!match || files.length >= MAX_FILES) continue;
      const filename = match[3] ?? '';
      files.push({
        filename: sanitizeText(filename),
        status: statuses.get(filename) ?? 'modified',
        additions: match[1] === '-' ? 0 : Number(match[1]),
        deletions: match[2] === '-' ? 0 : Number(match[2]),
      });
    }
    return files;
  }

  // The full SHA of a commit the checkout has, or null.
  async function resolveCommit(sha: string): Promise<string | null> {
    const result = await git(['rev-parse', '--verify', '--quiet', `${sha}^{commit}`]);
    return result.ok ? result.stdout.trim() : null;
  }

  return {
    name: 'local-git',

    async repository() {
      return (await inspect()) ? repoPath : null;
    },

    async compare(up, down): Promise<CommitComparison | null> {
      if (up.sha === null || down.sha === null) return null;
      const found = await inspect();
      if (!found) return null;
      for (const end of [up, down]) {
        if (end.sha !== null && !isSha(end.sha)) {
          return unknownComparison(notAShaReason(end.appName, end.sha), 'local-git');
        }
      }
      const [head, base] = await Promise.all([resolveCommit(up.sha), resolveCommit(down.sha)]);
      if (!head) return unknownComparison(localCommitMissing(repoPath, up.sha), 'local-git');
      if (!base) return unknownComparison(localCommitMissing(repoPath, down.sha), 'local-git');

      const counts = await git(['rev-list', '--left-right', '--count', `${base}...${head}`, '--']);
      if (!counts.ok) return unknownComparison(localGitFailed(gitComplaint(counts)), 'local-git');
      const [behind = NaN, ahead = NaN] = counts.stdout.trim().split(/\s+/).map(Number);
      if (!Number.isInteger(ahead) || !Number.isInteger(behind)) {
        return unknownComparison(localGitFailed('unexpected rev-list output'), 'local-git');
      }
      if (ahead > 0 && behind > 0) {
        const mergeBase = await git(['merge-base', base, head]);
        if (!mergeBase.ok) return unknownComparison(localNoCommonHistory(base, head), 'local-git');
      }

      const [commits, behindCommits, files] = await Promise.all([
        ahead > 0 ? listCommits(`${base}..${head}`, found.remote) : Promise.resolve([]),
        behind > 0 ? listCommits(`${head}..${base}`, found.remote) : Promise.resolve([]),
        ahead > 0 ? listFiles(`${base}...${head}`) : Promise.resolve([]),
      ]);
      return knownComparison({
        ahead,
        behind,
        commits,
        behindCommits,
        files,
        compareUrl: found.remote ? compareUrlOf(found.remote, base, head) : null,
        source: 'local-git',
      });
    },
  };
}

// GitHub's form (UTC, no milliseconds), so both sources give the same kind of date.
function isoUtc(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace('.000Z', 'Z');
}

// git's one-letter statuses, in the words GitHub's compare uses.
function statusWord(letter: string): string {
  switch (letter.charAt(0)) {
    case 'A':
      return 'added';
    case 'D':
      return 'removed';
    case 'T':
      return 'changed';
    default:
      return 'modified';
  }
}
