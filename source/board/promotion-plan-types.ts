import type {CiStatus} from './ci-status.js';
import type {Confirmation} from './confirmation.js';
import type {PlanWarning} from './promotion-guards.js';
import type {CommitDetail, ComparisonStatus, ReleaseStatus, Stage} from './types.js';

// The shape of a promotion plan; built in promotion-plan.ts.

export type PlanApp = {id: string; name: string; stage: Stage};

export type PlanRelease = {
  id: string;
  version: number;
  sha: string | null;
  status: ReleaseStatus;
  description: string;
  createdAt: string;
  user: string | null;
};

export type PlanTarget = {
  app: PlanApp;
  selected: boolean;
  // Why this target cannot be chosen at all (container stack); null when it can.
  blocked: string | null;
  // Why it starts unchecked: it already runs what would ship (same build or commit).
  current: string | null;
  // Which wave it goes in (0 first): each wave is its own promotion, the next only after
  // every target of the one before succeeded.
  wave: number;
  warnings: string[];
  // The same warnings with their kind, for `promote --json`.
  checks: PlanWarning[];
  comparison: ComparisonStatus;
  // What the source release brings to this target, oldest first.
  commits: CommitDetail[];
  // What this target has that the source lacks: lost by promoting, oldest first.
  removedCommits: CommitDetail[];
  // One line: '3 new commits', 'already runs this code', 'unknown: <reason>'.
  summary: string;
};

export type PromotionPlan = {
  pipeline: {id: string; name: string};
  source: {app: PlanApp; release: PlanRelease | null};
  targets: PlanTarget[];
  // What reaches the selected targets: the union of their commits, oldest first.
  commits: CommitDetail[];
  // What the selected targets would lose, oldest first.
  removedCommits: CommitDetail[];
  // What stops the promotion whatever the targets (e.g. a failed source release).
  problems: string[];
  // About the source, not stopping anything.
  notes: string[];
  // Problems, notes and every selected target's warnings, in reading order.
  warnings: string[];
  promotable: boolean;
  reason: string | null;
  // Set when nothing is selected because every target already runs the code: the one
  // sentence that says so (nothing is sent, and that is no failure).
  nothingToDo: string | null;
  confirmation: Confirmation;
  // The CI status of the commit that would ship; null when not asked.
  ci?: CiStatus | null;
};
