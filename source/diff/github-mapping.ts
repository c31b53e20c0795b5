import {shortSha} from '../shared/short-sha.js';
import {firstLine, sanitizeText} from '../shared/sanitize.js';
import type {CommitDetail, FileChange} from '../board/types.js';
import type {WireGitHubCommit, WireGitHubCompare} from './github-wire.js';
import {openableUrl} from '../shared/web-url.js';

const STATUSES = new Set(['ahead', 'behind', 'diverged', 'identical']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

// GitHub's answer is outside input: anything missing or odd is dropped here, so the rest of
// the code works on a shape it can trust.
export function parseCompare(body: unknown): WireGitHubCompare | null {
  if (!isRecord(body)) return null;
  const aheadBy = count(body.ahead_by);
  const behindBy = count(body.behind_by);
  if (typeof body.status !== 'string' || !STATUSES.has(body.status)) return null;
  if (aheadBy === null || behindBy === null) return null;
  return {
    status: body.status as WireGitHubCompare['status'],
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: count(body.total_commits) ?? aheadBy,
    html_url: text(body.html_url) ?? undefined,
    commits: parseCommits(body.commits),
    files: parseFiles(body.files),
  };
}

export function parseCommits(value: unknown): WireGitHubCommit[] {
  if (!Array.isArray(value)) return [];
  const commits: WireGitHubCommit[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.sha !== 'string') continue;
    const inner = isRecord(item.commit) ? item.commit : {};
    const author = isRecord(inner.author) ? inner.author : null;
    const login = isRecord(item.author) ? text(item.author.login) : null;
    commits.push({
      sha: item.sha,
      html_url: text(item.html_url) ?? undefined,
      commit: {
        message: typeof inner.message === 'string' ? inner.message : '',
        author: author
          ? {name: text(author.name) ?? undefined, date: text(author.date) ?? undefined}
          : null,
      },
      author: login ? {login} : null,
    });
  }
  return commits;
}

function parseFiles(value: unknown): NonNullable<WireGitHubCompare['files']> {
  if (!Array.isArray(value)) return [];
  const files: NonNullable<WireGitHubCompare['files']> = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.filename !== 'string') continue;
    files.push({
      filename: item.filename,
      status: typeof item.status === 'string' ? item.status : 'modified',
      additions: count(item.additions) ?? 0,
      deletions: count(item.deletions) ?? 0,
    });
  }
  return files;
}

export function toCommitDetail(commit: WireGitHubCommit): CommitDetail {
  const author = commit.author?.login ?? commit.commit.author?.name ?? null;
  return {
    sha: sanitizeText(commit.sha),
    shortSha: shortSha(commit.sha),
    author: author === null ? null : sanitizeText(author),
    date: commit.commit.author?.date ?? null,
    message: firstLine(commit.commit.message),
    url: safeWebUrl(commit.html_url ?? null),
  };
}

export function toFileChange(file: NonNullable<WireGitHubCompare['files']>[number]): FileChange {
  return {
    filename: sanitizeText(file.filename),
    status: sanitizeText(file.status),
    additions: file.additions,
    deletions: file.deletions,
  };
}

// A URL that may be opened in a browser, by the program's one rule (origin-policy.ts), so a
// hostile answer cannot hand the opener a file: or custom-scheme link.
export function safeWebUrl(value: string | null): string | null {
  const url = openableUrl(value);
  return url ? sanitizeText(url) : null;
}
