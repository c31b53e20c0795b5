import {pendingRow, SORT_LABELS, sortRows} from '../board/overview-rows.js';
import type {OverviewRow, OverviewSort} from '../board/overview-rows.js';
import type {PipelineSummary} from '../board/types.js';
import type {OverviewProgress} from '../contract/overview.js';
import {sanitizeText} from '../shared/sanitize.js';

// The overview's rows as the cursor sees them: filtered by name, in the chosen order.

export type Loaded =
  | {kind: 'loading'}
  | {kind: 'ready'; pipelines: PipelineSummary[]}
  | {kind: 'failed'; message: string};

export function ordered(
  loaded: Loaded,
  progress: OverviewProgress | null,
  cursor: {filter: string; sort: OverviewSort},
): OverviewRow[] {
  if (loaded.kind !== 'ready') return [];
  const rows = progress ? progress.rows : loaded.pipelines.map(pendingRow);
  const shown = rows.filter((r) =>
    sanitizeText(r.pipeline.name).toLowerCase().includes(cursor.filter),
  );
  return progress ? sortRows(shown, cursor.sort) : shown;
}

export const indexOf = (rows: OverviewRow[], id: string | null) =>
  Math.max(
    0,
    rows.findIndex((r) => r.pipeline.id === id),
  );

// The heading's second half: the order, how far loading is, the requests spent, any pause.
export function progressLine(p: OverviewProgress, sort: OverviewSort): string {
  const landed = p.rows.filter((r) => r.load === 'done' || r.load === 'failed').length;
  return [
    `sorted by ${SORT_LABELS[sort]}`,
    p.settled ? null : `${landed} of ${p.rows.length} loaded`,
    `${p.requests}/${p.budget} requests`,
    p.paused,
  ]
    .filter(Boolean)
    .join(' · ');
}
