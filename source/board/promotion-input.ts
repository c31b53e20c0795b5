import type {AppCard, Board, CommitComparison, Release} from './types.js';
import type {CiStatus} from './ci-status.js';

// What a promotion plan is built from; promotion-checks.ts and promotion-plan.ts both read it.

// Fresher facts about an app than the board may hold (fetched when the dialog opens).
export type PlanAppDetails = {stack?: string | null; maintenance?: boolean};

export type PromotionPlanInput = {
  board: Board;
  source: AppCard;
  // A release chosen in the history; by default the release whose code the source runs.
  release?: Release | null;
  // The commit of `release` when it is not the one the source card already shows.
  releaseSha?: string | null;
  // Explicit targets (`--to`); by default every app of the next stage.
  targetAppIds?: string[] | null;
  // Targets that already run the code start checked too (`promote --include-current`).
  includeCurrent?: boolean;
  // Which targets start selected; by default every target that can be promoted to and
  // does not already run the code.
  selectedAppIds?: string[] | null;
  // Source release against each target, by target app id.
  comparisons?: Record<string, CommitComparison | null>;
  apps?: Record<string, PlanAppDetails>;
  // Config var names the source has and each target lacks, by target app id.
  missingConfigVars?: Record<string, string[]>;
  // Why the config vars could not be compared, when they could not.
  configVarsUnknown?: string | null;
  // The CI status of the commit that would ship.
  ci?: CiStatus | null;
};
