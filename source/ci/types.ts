import type {CiCheck, CiSourceName, CiStatus} from '../board/ci-status.js';

// The commit of one app whose CI is wanted; the pipeline is where Heroku CI keeps its runs.
export type CiTarget = {appId: string; appName: string; pipelineId: string; sha: string | null};

// What one service says: its checks, or why it could not say (one sentence).
export type CiAnswer = {checks: CiCheck[]; reason: string | null};

export interface CiSource {
  readonly name: CiSourceName;
  // null = this service knows nothing of this app (not connected, no project): ask the others.
  statusOf(target: CiTarget & {sha: string}): Promise<CiAnswer | null>;
}

export type CiService = {
  // Never throws; unknown is `none`, never `passed`.
  statusOf(target: CiTarget): Promise<CiStatus>;
};
