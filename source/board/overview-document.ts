import {rowCells, sortRows, type OverviewRow} from './overview-rows.js';

// `pipeline-tui status --all --json`: a documented contract (README, "status --all").
export type OverviewDocumentRow = {
  id: string;
  name: string;
  owner: string | null;
  generation: 'cedar' | 'fir' | null;
  staging: string | null;
  production: string | null;
  state: {
    status: 'ahead' | 'behind' | 'diverged' | 'in-sync' | 'unknown';
    ahead: number | null;
    behind: number | null;
    reason: string | null;
  } | null;
  waitingSince: string | null;
  lastPromotion: {at: string; by: string | null} | null;
  failedRelease: boolean | null;
  crashedDynos: number | null;
  error: string | null;
};

export type OverviewDocument = {
  pipelines: OverviewDocumentRow[];
  requests: number;
  budget: number;
};

function stateOf(row: OverviewRow): OverviewDocumentRow['state'] {
  const state = row.state;
  if (!state) return null;
  switch (state.kind) {
    case 'ahead':
      return {status: 'ahead', ahead: state.ahead, behind: 0, reason: null};
    case 'behind':
      return {status: 'behind', ahead: 0, behind: state.behind, reason: null};
    case 'diverged':
      return {status: 'diverged', ahead: state.ahead, behind: state.behind, reason: null};
    case 'in-sync':
      return {status: 'in-sync', ahead: 0, behind: 0, reason: null};
    case 'unknown':
      return {status: 'unknown', ahead: null, behind: null, reason: state.reason};
  }
}

// Most waiting first, as the overview opens.
export function overviewDocument(
  rows: OverviewRow[],
  requests: number,
  budget: number,
): OverviewDocument {
  return {
    pipelines: sortRows(rows, 'waiting').map((row) => ({
      id: row.pipeline.id,
      name: row.pipeline.name,
      owner: row.owner,
      generation: row.pipeline.generation,
      staging: row.staging,
      production: row.production,
      state: stateOf(row),
      waitingSince: row.waitingSince,
      lastPromotion: row.lastPromotion,
      failedRelease: row.failedRelease,
      crashedDynos: row.crashedDynos,
      error: row.error,
    })),
    requests,
    budget,
  };
}

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

// The plain table: one line a pipeline, the same words as the overview.
export function overviewText(rows: OverviewRow[], nowMs: number): string {
  const lines = [
    [
      pad('PIPELINE', 24),
      pad('OWNER', 24),
      pad('GEN', 5),
      pad('STAGING → PROD', 28),
      pad('WAITING', 12),
      pad('LAST PROMOTION', 26),
      'BROKEN',
    ].join(' '),
  ];
  for (const row of sortRows(rows, 'waiting')) {
    const c = rowCells(row, nowMs);
    lines.push(
      [
        pad(c.name, 24),
        pad(c.owner, 24),
        pad(c.generation, 5),
        pad(c.state, 28),
        pad(c.waiting, 12),
        pad(c.promotion, 26),
        c.marks,
      ]
        .join(' ')
        .trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}
