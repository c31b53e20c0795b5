import type {
  CommitComparison,
  CommitDetail,
  ComparisonSource,
  ComparisonStatus,
  FileChange,
} from '../board/types.js';

// SHAs come from Heroku's slug metadata, which any build can set: only plain hex goes into a
// URL path or onto a git command line (a leading "-" would otherwise read as an option).
const SHA = /^[0-9a-f]{4,64}$/i;

export function isSha(value: string): boolean {
  return SHA.test(value);
}

function statusFromCounts(ahead: number, behind: number): ComparisonStatus {
  if (ahead > 0 && behind > 0) return 'diverged';
  if (ahead > 0) return 'ahead';
  if (behind > 0) return 'behind';
  return 'identical';
}

export function knownComparison(parts: {
  ahead: number;
  behind: number;
  commits: CommitDetail[];
  behindCommits: CommitDetail[];
  files: FileChange[];
  compareUrl: string | null;
  source: ComparisonSource;
  status?: ComparisonStatus;
}): CommitComparison {
  return {
    status: parts.status ?? statusFromCounts(parts.ahead, parts.behind),
    ahead: parts.ahead,
    behind: parts.behind,
    commits: parts.commits,
    behindCommits: parts.behindCommits,
    files: parts.files,
    compareUrl: parts.compareUrl,
    source: parts.source,
    reason: null,
  };
}
