// Domain types: what the board and its views need, camelCase, no wire details.
// source/board/ builds these from the wire shapes in source/heroku/wire.ts.

export const STAGES = ['review', 'development', 'staging', 'production'] as const;
export type Stage = (typeof STAGES)[number];

export type ReleaseStatus = 'pending' | 'succeeded' | 'failed' | 'expired';

export type Release = {
  id: string;
  version: number;
  status: ReleaseStatus;
  description: string; // sanitised
  createdAt: string; // ISO-8601
  user: string | null; // email of who made it
  current: boolean;
  eligibleForRollback: boolean;
  slugId: string | null;
  ociImageId: string | null;
  outputStreamUrl: string | null;
};

export type Commit = {
  sha: string;
  message: string | null; // first line, sanitised; null when Heroku does not know it
};

export type DynoGroup = {
  type: string; // web, worker, ...
  quantity: number; // from the formation
  size: string | null;
  up: number;
  crashed: number;
  starting: number;
  idle: number;
  down: number;
  // The release version each dyno runs (null: not said), for the rollout after a release.
  versions?: Array<number | null>;
};

export type AppCard = {
  id: string;
  name: string; // sanitised
  stage: Stage;
  // The newest release of any kind (config changes included): what the card shows as vN.
  release: Release | null;
  // The newest succeeded release that carries code (slug or OCI image): what runs.
  deployedRelease: Release | null;
  commit: Commit | null; // the commit of deployedRelease
  maintenance: boolean;
  dynos: DynoGroup[] | null; // null while unknown
  stack: string | null;
  region: string | null;
  webUrl: string | null;
  generation: 'cedar' | 'fir' | null;
  // Set when the name's suffix says another stage (e.g. "-prod" coupled as staging).
  namingWarning: string | null;
};

export type StageColumn = {
  stage: Stage;
  apps: AppCard[];
};

export type PipelineSummary = {
  id: string;
  name: string;
  ownerType: 'team' | 'user' | null;
  ownerId: string | null;
  createdAt: string | null;
  generation: 'cedar' | 'fir' | null;
};

export type ComparisonStatus = 'ahead' | 'behind' | 'diverged' | 'identical' | 'unknown';
export type ComparisonSource = 'github' | 'gitlab' | 'local-git' | 'none';

// Between an upstream app (the promotion source, e.g. staging) and a downstream app
// (e.g. production). ahead = commits upstream has that downstream lacks.
export type Comparison = {
  fromAppId: string;
  from: string; // upstream app name
  toAppId: string;
  to: string; // downstream app name
  status: ComparisonStatus;
  ahead: number | null;
  behind: number | null;
  source: ComparisonSource;
  reason: string | null; // why unknown, in one sentence
};

export type Board = {
  pipeline: PipelineSummary;
  // Always in STAGES order. Empty review/development columns are kept here;
  // the layout hides them.
  columns: StageColumn[];
  comparisons: Comparison[];
  // What Heroku sent that was left out or could not be read, one sanitised sentence each.
  notes?: string[];
};

export type CommitDetail = {
  sha: string;
  shortSha: string;
  author: string | null; // login or name
  date: string | null; // ISO-8601
  message: string; // first line, sanitised
  url: string | null;
};

export type FileChange = {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
};

// The full answer of a diff source for one pair of SHAs.
export type CommitComparison = {
  status: ComparisonStatus;
  ahead: number | null;
  behind: number | null;
  // Commits upstream has that downstream lacks (what a promotion would ship), oldest first.
  commits: CommitDetail[];
  // Commits downstream has that upstream lacks (a hotfix only production has), oldest first.
  behindCommits: CommitDetail[];
  files: FileChange[];
  compareUrl: string | null;
  source: ComparisonSource;
  reason: string | null;
};
