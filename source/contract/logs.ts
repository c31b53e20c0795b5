import type {Rollout} from '../board/rollout.js';
import type {Figures, Verdict} from '../board/verification.js';

// What the log pane and the verification ask of the outside world: an app's log as a feed to
// start and stop, and a watch over a promotion's targets.

export type LogFeedHandlers = {
  onLines(lines: string[]): void;
  // A new session took over after the stream dropped; gapMs is the time without data.
  onReconnect?(info: {gapMs: number; attempt: number}): void;
  onError?(message: string): void;
  onEnd?(): void;
};

export type LogFeed = {
  start(handlers: LogFeedHandlers): {stop(): void; done: Promise<void>};
};

export type TargetReport = {
  app: string;
  before: Figures;
  after: Figures;
  rollout: Rollout | null;
  verdict: Verdict;
  streamErrors: string[];
};

export type VerificationReport = {
  minutes: number;
  promotedAt: string;
  verdict: Verdict['verdict'];
  targets: TargetReport[];
};

export type VerifyRequest = {
  // Each target by name, with the release promoted to it (null: the newest any dyno runs).
  targets: ReadonlyArray<{app: string; targetVersion: number | null}>;
  minutes: number;
  promotedAt: number; // epoch ms
  // Read at every check: the window can be changed while it is watched.
  windowMinutes?: () => number;
  signal?: AbortSignal; // ends the watch early, with the figures so far
  checkEveryMs?: number;
  stopWhenFailing?: boolean;
  onUpdate?: (report: VerificationReport) => void;
};

export type LogServices = {
  // The app's log: the last lines of history, then the tail, reopened when it drops.
  appLog(app: string, options?: {generation?: 'cedar' | 'fir' | null}): LogFeed;
  verifyPromotion(request: VerifyRequest): Promise<VerificationReport>;
};
