import type {PromotionPlan} from '../board/promotion-plan.js';
import type {PromotionProgress} from '../board/promotion-progress.js';
import type {AppCard, Board, Release} from '../board/types.js';

// What the promotion, release-history and rollback screens ask of the outside world.
// Implemented in source/services/promotion.ts; part of Services (./services.ts).

export type PlanRequest = {
  board: Board;
  source: AppCard;
  // An older release chosen in the history; by default what the source runs now.
  release?: Release | null;
  // Explicit targets (`promote --to`); by default every app of the next stage.
  targetAppIds?: string[] | null;
  // Config var names the source has and each target lacks, by target app id.
  missingConfigVars?: Record<string, string[]>;
  // Targets that already run the code start checked too (`promote --include-current`).
  includeCurrent?: boolean;
};

// One promotion, from the POST to the last target's result.
export type PromotionRun = {
  progress(): PromotionProgress;
  // Told of every change; returns the unsubscribe function.
  subscribe(listener: (progress: PromotionProgress) => void): () => void;
  // Heroku asked for a second factor: sends the promotion again, once, with this code.
  submitTwoFactorCode(code: string): void;
  // Gives up at the code prompt: nothing was created. `reason` replaces the sentence said.
  cancelTwoFactor(reason?: string): void;
  // Resolves once the promotion settled and its release output has been read.
  settled: Promise<PromotionProgress>;
};

export type RollbackOutcome =
  | {kind: 'done'; release: Release}
  | {kind: 'two-factor'; message: string}
  | {kind: 'failed'; message: string};

export type PromotionServices = {
  // The newest releases of an app (at most 20), newest first.
  releaseHistory(app: AppCard): Promise<Release[]>;
  // One release by version number (`promote --release vN`).
  releaseByVersion(app: AppCard, version: number): Promise<Release>;
  // Everything the dialog shows, fetched fresh: stacks, maintenance, commits per target.
  promotionPlan(request: PlanRequest): Promise<PromotionPlan>;
  // Sends the promotion of the plan's pinned release to its selected targets, wave by wave
  // when the plan has waves. While one is still running, that one is returned and nothing is
  // sent. A two-factor code given here goes with the first request (scripts).
  startPromotion(plan: PromotionPlan, start?: {twoFactorCode?: string}): PromotionRun;
  // Watches a promotion made earlier by its id (`promote --follow ID`); sends nothing.
  followPromotion(promotionId: string): Promise<PromotionRun>;
  // The promotion still running, if any (another `p` shows its progress).
  runningPromotion(): PromotionRun | null;
  // Maintenance mode on or off (PATCH, once); resolves to what Heroku says it is now.
  setMaintenance(app: {id: string; name: string}, on: boolean): Promise<boolean>;
  // Rolls the app back to a release (POST, never repeated automatically).
  rollback(app: AppCard, release: Release, twoFactorCode?: string): Promise<RollbackOutcome>;
};
