import {appsInStage, findApp, nextStage} from './stages.js';
import type {AppCard, Board, Stage} from './types.js';

export type DriftPair = {from: AppCard; to: AppCard};

// The pairs the drift view steps through when opened on an app: every app of its stage
// against every app of the next stage, starting at the app's own first pair. Review apps
// come and go by the dozen, so a review app is only paired with itself as upstream.
export function driftPairsFrom(
  board: Pick<Board, 'columns'> | null,
  appId: string,
): {pairs: DriftPair[]; initial: number} {
  const app = findApp(board, appId);
  const next = app ? nextStage(app.stage) : null;
  if (!board || !app || !next) return {pairs: [], initial: 0};
  const upstream = app.stage === 'review' ? [app] : appsInStage(board, app.stage);
  const downstream = appsInStage(board, next);
  const pairs = upstream.flatMap((from) => downstream.map((to) => ({from, to})));
  return {
    pairs,
    initial: Math.max(
      0,
      pairs.findIndex((p) => p.from.id === appId),
    ),
  };
}

// The pairs whose config a promotion carries across: development into staging, staging
// into production. What `status --json` reports.
export function boardDriftPairs(board: Pick<Board, 'columns'>): DriftPair[] {
  const stages: Array<[Stage, Stage]> = [
    ['development', 'staging'],
    ['staging', 'production'],
  ];
  return stages.flatMap(([upstream, downstream]) =>
    appsInStage(board, upstream).flatMap((from) =>
      appsInStage(board, downstream).map((to) => ({from, to})),
    ),
  );
}
