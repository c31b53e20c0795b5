import {formatAge} from '../shared/age.js';
import {shortSha} from '../shared/short-sha.js';
import {NO_CI, type CiStatus} from './ci-status.js';
import {comparisonLabel} from './comparisons.js';
import {sanitizeText} from '../shared/sanitize.js';
import {appsInStage, stageOfApp} from './stages.js';
import {
  STAGES,
  type AppCard,
  type Board,
  type ComparisonSource,
  type ComparisonStatus,
  type ReleaseStatus,
  type Stage,
} from './types.js';

// The JSON printed by `pipeline-tui status --json`. Scripts depend on it: fields are only
// ever added, never renamed or removed. Unknown values are null, never absent.
export type StatusDyno = {
  type: string;
  quantity: number;
  size: string | null;
  up: number;
  crashed: number;
  starting: number;
  idle: number;
  down: number;
};

export type StatusApp = {
  id: string;
  name: string;
  release: {
    id: string;
    version: number;
    status: ReleaseStatus;
    description: string;
    createdAt: string;
    user: string | null;
  } | null;
  commit: {sha: string; message: string | null} | null;
  deployedRelease: {id: string; version: number} | null;
  maintenance: boolean;
  dynos: StatusDyno[] | null;
  namingWarning: string | null;
  // The CI status of the commit the app runs; state `none` when nothing is known.
  ci: CiStatus;
};

export type StatusComparison = {
  from: string;
  to: string;
  status: ComparisonStatus;
  ahead: number | null;
  behind: number | null;
  source: ComparisonSource;
  reason: string | null;
};

export type StatusDocument = {
  pipeline: {id: string; name: string};
  stages: Array<{name: Stage; apps: StatusApp[]}>;
  comparisons: StatusComparison[];
  // Items Heroku sent that were left out, and what could not be read: one sentence each.
  notes: string[];
};

function statusApp(app: AppCard, ci: CiStatus = NO_CI): StatusApp {
  const r = app.release;
  return {
    id: app.id,
    name: app.name,
    release: r
      ? {
          id: r.id,
          version: r.version,
          status: r.status,
          description: r.description,
          createdAt: r.createdAt,
          user: r.user,
        }
      : null,
    commit: app.commit ? {sha: app.commit.sha, message: app.commit.message} : null,
    deployedRelease: app.deployedRelease
      ? {id: app.deployedRelease.id, version: app.deployedRelease.version}
      : null,
    maintenance: app.maintenance,
    dynos: app.dynos ? app.dynos.map((d) => ({...d})) : null,
    namingWarning: app.namingWarning,
    ci: {state: ci.state, checks: ci.checks.map((check) => ({...check})), reason: ci.reason},
  };
}

// All four stages, always in board order, so a script can index them without checks.
export function statusDocument(
  board: Board,
  ci: ReadonlyMap<string, CiStatus> = new Map(),
): StatusDocument {
  return {
    pipeline: {id: board.pipeline.id, name: board.pipeline.name},
    stages: STAGES.map((name) => ({
      name,
      apps: appsInStage(board, name).map((app) => statusApp(app, ci.get(app.id))),
    })),
    comparisons: board.comparisons.map((c) => ({
      from: c.from,
      to: c.to,
      status: c.status,
      ahead: c.ahead,
      behind: c.behind,
      source: c.source,
      reason: c.reason,
    })),
    notes: board.notes ?? [],
  };
}

const MESSAGE_WIDTH = 60;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

// Columns padded to the widest value so the listing reads as a table; the last is not.
function alignRows(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

// A failed or pending newest release does not run: say which one does, so the commit
// shown is not read as the one that failed.
function releaseState(app: AppCard): string {
  const r = app.release;
  const parts = [r ? r.status : 'no releases'];
  const running = app.deployedRelease;
  if (r && r.status !== 'succeeded' && running && running.id !== r.id) {
    parts.push(`runs v${running.version}`);
  }
  if (app.maintenance) parts.push('maintenance');
  return parts.join(', ');
}

function appRow(app: AppCard, nowMs: number): string[] {
  const r = app.release;
  return [
    sanitizeText(app.name),
    r ? `v${r.version}` : '-',
    r ? formatAge(r.createdAt, nowMs) || '-' : '-',
    shortSha(app.commit?.sha) || '-',
    clip(sanitizeText(app.commit?.message), MESSAGE_WIDTH),
    releaseState(app),
  ];
}

// The plain `status` output: no colours, no control sequences, stable for pipes and logs.
export function statusText(board: Board, nowMs: number): string {
  const lines = [`Pipeline ${sanitizeText(board.pipeline.name)}`];
  const stages = STAGES.filter((stage) => appsInStage(board, stage).length > 0);
  const rows = alignRows(
    stages.flatMap((stage) => appsInStage(board, stage).map((app) => appRow(app, nowMs))),
  );
  let row = 0;
  for (const stage of stages) {
    lines.push('', stage);
    for (const app of appsInStage(board, stage)) {
      lines.push(`  ${rows[row++] ?? ''}`);
      if (app.namingWarning) lines.push(`    ! ${sanitizeText(app.namingWarning)}`);
    }
  }
  if (stages.length === 0) lines.push('', 'No apps in this pipeline.');
  if (board.comparisons.length > 0) {
    lines.push('', 'comparisons');
    for (const c of board.comparisons) {
      const label = sanitizeText(comparisonLabel(c, stageOfApp(board, c.toAppId)));
      lines.push(`  ${sanitizeText(c.from)} -> ${sanitizeText(c.to)}: ${label}`);
    }
  }
  for (const note of board.notes ?? []) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}
