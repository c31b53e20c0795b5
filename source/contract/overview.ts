import type {OverviewRow} from '../board/overview-rows.js';
import type {PipelineSummary} from '../board/types.js';

// The pipeline overview's rows, filled in as their data arrives (source/services/overview.ts).
export type OverviewProgress = {
  rows: OverviewRow[];
  // Heroku requests this load or refresh has sent, and the most it may send.
  requests: number;
  budget: number;
  // Why the background loading waits, e.g. the rate limit runs low; null while it goes on.
  paused: string | null;
  // Every row is done or failed, and no refresh is under way.
  settled: boolean;
  refreshedAt: number | null;
};

export type OverviewFeed = {
  progress(): OverviewProgress;
  // Called after every change; returns the unsubscribe.
  subscribe(listener: () => void): () => void;
  // The pipelines whose rows are on screen: they load before the rest.
  focus(pipelineIds: string[]): void;
  // One conditional request per loaded pipeline; rows whose releases changed load again.
  refresh(): void;
  // Resolves once every row is done or failed.
  settled(): Promise<OverviewProgress>;
  stop(): void;
};

export type OverviewServices = {
  // The same feed for the same pipelines, so a return to the overview finds its rows.
  overview(pipelines: PipelineSummary[]): OverviewFeed;
};
