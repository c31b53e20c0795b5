// GitHub's compare and commits API, as GitHub sends them (snake_case); github-mapping.ts
// turns them into domain types.

export type WireGitHubCommit = {
  sha: string;
  html_url?: string;
  commit: {message: string; author?: {name?: string; email?: string; date?: string} | null};
  author?: {login: string} | null;
};

export type WireGitHubCompare = {
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  ahead_by: number;
  behind_by: number;
  total_commits: number;
  html_url?: string;
  permalink_url?: string;
  commits: WireGitHubCommit[];
  files?: Array<{filename: string; status: string; additions: number; deletions: number}>;
};
