import {STAGES, type AppCard, type Board, type Stage} from './types.js';

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

// Heroku also has a `test` stage, used by Heroku CI; the board does not show it.
export function isBoardStage(stage: string): stage is Stage {
  return (STAGES as readonly string[]).includes(stage);
}

// Where an app's code goes next. Review apps are compared with, and promoted to, staging
// like development apps are.
export function nextStage(stage: Stage): Stage | null {
  switch (stage) {
    case 'review':
    case 'development':
      return 'staging';
    case 'staging':
      return 'production';
    case 'production':
      return null;
  }
}

const REVIEW_APP = /-pr-\d+$/;
const SUFFIXES: Array<[RegExp, Stage]> = [
  [/-(dev|development|qa|test)$/, 'development'],
  [/-(stg|stage|staging)$/, 'staging'],
  [/-(prd|prod|production)$/, 'production'],
];

// The stage an app's name claims by the suffix convention, or null when it claims none.
export function stageFromName(appName: string): Stage | null {
  const name = appName.trim().toLowerCase();
  if (REVIEW_APP.test(name)) return 'review';
  for (const [pattern, stage] of SUFFIXES) {
    if (pattern.test(name)) return stage;
  }
  return null;
}

// A name that says production on an app coupled as staging is how people promote to,
// or configure, the wrong app: worth a visible warning.
export function namingWarning(appName: string, stage: Stage): string | null {
  const claimed = stageFromName(appName);
  if (claimed === null || claimed === stage) return null;
  return `Name says ${claimed} but the app is coupled as ${stage}.`;
}

// The apps of one stage, in board order; none when the board has no such column.
export function appsInStage(board: Pick<Board, 'columns'>, stage: Stage): AppCard[] {
  return board.columns.find((c) => c.stage === stage)?.apps ?? [];
}

export function findApp(board: Pick<Board, 'columns'> | null, appId: string): AppCard | null {
  for (const column of board?.columns ?? []) {
    const app = column.apps.find((a) => a.id === appId);
    if (app) return app;
  }
  return null;
}

// The stage of the column that holds an app, or null when the board does not have it.
export function stageOfApp(board: Pick<Board, 'columns'>, appId: string): Stage | null {
  return findApp(board, appId)?.stage ?? null;
}
