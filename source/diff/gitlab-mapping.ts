import {shortSha} from '../shared/short-sha.js';
import {firstLine, sanitizeText} from '../shared/sanitize.js';
import type {CommitDetail, FileChange} from '../board/types.js';
import {safeWebUrl} from './github-mapping.js';

// GitLab's compare answer (outside input) to domain types; anything odd is dropped here.

export type GitLabCompare = {
  commits: CommitDetail[];
  files: FileChange[];
  webUrl: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function parseGitLabCompare(body: unknown): GitLabCompare | null {
  if (!isRecord(body) || !Array.isArray(body.commits)) return null;
  const commits: CommitDetail[] = [];
  for (const item of body.commits) {
    if (!isRecord(item) || typeof item.id !== 'string') continue;
    const author = text(item.author_name);
    const message = text(item.message) ?? text(item.title) ?? '';
    commits.push({
      sha: sanitizeText(item.id),
      shortSha: shortSha(item.id),
      author: author === null ? null : sanitizeText(author),
      date: isoUtc(text(item.authored_date) ?? text(item.created_at)),
      message: firstLine(message),
      url: safeWebUrl(text(item.web_url)),
    });
  }
  // The domain wants oldest first, as GitHub gives them; an instance listing newest first
  // is turned round.
  const first = commits[0]?.date ?? '';
  const last = commits[commits.length - 1]?.date ?? '';
  const oldestFirst = first > last ? [...commits].reverse() : commits;
  const files: FileChange[] = [];
  for (const diff of Array.isArray(body.diffs) ? body.diffs : []) {
    if (!isRecord(diff)) continue;
    const filename = text(diff.new_path) ?? text(diff.old_path);
    if (filename === null) continue;
    const {additions, deletions} = countLines(typeof diff.diff === 'string' ? diff.diff : '');
    files.push({
      filename: sanitizeText(filename),
      status: diff.new_file
        ? 'added'
        : diff.deleted_file
          ? 'removed'
          : diff.renamed_file
            ? 'renamed'
            : 'modified',
      additions,
      deletions,
    });
  }
  return {
    commits: oldestFirst,
    files,
    webUrl: safeWebUrl(text(body.web_url)),
  };
}

function countLines(diff: string): {additions: number; deletions: number} {
  let additions = 0;
  let deletions = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+')) additions += 1;
    else if (line.startsWith('-')) deletions += 1;
  }
  return {additions, deletions};
}

function isoUtc(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace('.000Z', 'Z');
}
