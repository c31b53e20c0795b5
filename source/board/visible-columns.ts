// The columns the board shows for a filter, and where an app sits in them. Every key press
// asks these several times over boards of hundreds of apps, so each board keeps its
// answer for the filter last asked and each column its index of app ids: a press then
// costs lookups instead of passes over every app. Boards are never changed once built (a
// refresh builds a new one), which is what makes keeping answers per board object safe.
import {stageRank} from './stages.js';
import type {AppCard, Board, DynoGroup, Stage, StageColumn} from './types.js';

const ALWAYS_SHOWN: ReadonlySet<Stage> = new Set<Stage>(['staging', 'production']);

const shown = new WeakMap<Board, {filter: string; columns: StageColumn[]}>();
const positions = new WeakMap<StageColumn, Map<string, number>>();

function needleOf(filter: string): string {
  return filter.trim().toLowerCase();
}

function computeColumns(board: Board, filter: string): StageColumn[] {
  const needle = needleOf(filter);
  return (
    board.columns
      // Without a filter a column is shown as the board has it: same object, same apps.
      .map((column) =>
        needle === ''
          ? column
          : {stage: column.stage, apps: column.apps.filter((a) => matches(a, needle))},
      )
      .filter((column) => column.apps.length > 0 || ALWAYS_SHOWN.has(column.stage))
      .sort((a, b) => stageRank(a.stage) - stageRank(b.stage))
  );
}

function matches(app: AppCard, needle: string): boolean {
  return app.name.toLowerCase().includes(needle);
}

// The columns the board shows, left to right, with the filter applied: review and
// development only when they have apps to show, staging and production always. The same
// board and filter give back the same array, so memoised components below keep theirs.
export function visibleColumns(board: Board | null, filter: string): StageColumn[] {
  if (!board) return [];
  const kept = shown.get(board);
  if (kept && kept.filter === filter) return kept.columns;
  const columns = computeColumns(board, filter);
  shown.set(board, {filter, columns});
  return columns;
}

export function visibleColumn(board: Board | null, filter: string, stage: Stage) {
  return visibleColumns(board, filter).find((c) => c.stage === stage) ?? null;
}

// Where the app with this id is in the column; -1 when it is not there.
export function appIndex(column: StageColumn, appId: string | null | undefined): number {
  if (appId === null || appId === undefined) return -1;
  return indexOf(column).get(appId) ?? -1;
}

function indexOf(column: StageColumn): Map<string, number> {
  const kept = positions.get(column);
  if (kept) return kept;
  const index = new Map<string, number>();
  // The first of two cards with one id wins, as a search from the top would find it.
  column.apps.forEach((app, i) => {
    if (!index.has(app.id)) index.set(app.id, i);
  });
  positions.set(column, index);
  return index;
}

// Cards whose dynos the board did not load (review apps), with those fetched since for
// them. Columns and cards without any come back as the same objects.
export function withDynos(
  columns: StageColumn[],
  dynos: ReadonlyMap<string, DynoGroup[]>,
): StageColumn[] {
  if (dynos.size === 0) return columns;
  const patched = (app: AppCard) => app.dynos === null && dynos.has(app.id);
  return columns.map((column) =>
    column.apps.some(patched)
      ? {
          ...column,
          apps: column.apps.map((app) =>
            patched(app) ? {...app, dynos: dynos.get(app.id)!} : app,
          ),
        }
      : column,
  );
}
