import {formatAge} from '../shared/age.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {WireApp, WireCoupling, WireDyno, WireRelease} from '../heroku/wire.js';
import type {CommitComparison, PipelineSummary} from './types.js';

// One row of the pipeline overview: what waits in staging, for how long, what is broken.
// Every field is null until the row's data has arrived: never a guess.

export type OverviewState =
  | {kind: 'ahead'; ahead: number}
  | {kind: 'behind'; behind: number}
  | {kind: 'diverged'; ahead: number; behind: number}
  | {kind: 'in-sync'}
  | {kind: 'unknown'; reason: string};

export type OverviewRow = {
  pipeline: PipelineSummary;
  // pending: not asked yet; loading: asked; done: complete; failed: Heroku refused (see error).
  load: 'pending' | 'loading' | 'done' | 'failed';
  error: string | null;
  owner: string | null;
  staging: string | null;
  production: string | null;
  state: OverviewState | null;
  // When the oldest commit waiting in staging was made (ISO), when known.
  waitingSince: string | null;
  lastPromotion: {at: string; by: string | null} | null;
  // The latest release of a staging or production app failed.
  failedRelease: boolean | null;
  crashedDynos: number | null;
};

export type RowInput = {
  pipeline: PipelineSummary;
  // The staging and production apps compared (firstOfStage).
  stagingId: string | null;
  productionId: string | null;
  couplings: WireCoupling[];
  apps: WireApp[];
  latestReleases: WireRelease[];
  productionReleases: WireRelease[];
  productionDynos: WireDyno[];
  comparison: CommitComparison | null;
  // Why there is no comparison, when there is none.
  noComparison: string | null;
};

export function pendingRow(pipeline: PipelineSummary): OverviewRow {
  return {
    pipeline,
    load: 'pending',
    error: null,
    owner: null,
    staging: null,
    production: null,
    state: null,
    waitingSince: null,
    lastPromotion: null,
    failedRelease: null,
    crashedDynos: null,
  };
}

export function failedRow(pipeline: PipelineSummary, error: string): OverviewRow {
  return {...pendingRow(pipeline), load: 'failed', error: sanitizeText(error)};
}

// The first app of a stage, by name (by id when the names are not known), so the same app is
// picked on every load.
export function firstOfStage(couplings: WireCoupling[], stage: string, apps: WireApp[]) {
  const name = (id: string) => apps.find((a) => a.id === id)?.name ?? id;
  const ids = couplings.filter((c) => c.stage === stage).map((c) => c.app.id);
  return ids.sort((a, b) => name(a).localeCompare(name(b)))[0] ?? null;
}

function ownerName(pipeline: PipelineSummary, apps: WireApp[]): string | null {
  if (!pipeline.ownerId) return null;
  for (const app of apps) {
    if (app.team?.id === pipeline.ownerId && app.team.name) return sanitizeText(app.team.name);
    if (app.owner?.id === pipeline.ownerId) return sanitizeText(app.owner.email);
  }
  return pipeline.ownerType === 'team' ? 'a team' : 'a user';
}

export function stateOf(comparison: CommitComparison | null, reason: string | null): OverviewState {
  if (!comparison) return {kind: 'unknown', reason: sanitizeText(reason ?? 'no comparison')};
  const ahead = comparison.ahead ?? 0;
  const behind = comparison.behind ?? 0;
  switch (comparison.status) {
    case 'identical':
      return {kind: 'in-sync'};
    case 'ahead':
      return {kind: 'ahead', ahead};
    case 'behind':
      return {kind: 'behind', behind};
    case 'diverged':
      return {kind: 'diverged', ahead, behind};
    default:
      return {kind: 'unknown', reason: sanitizeText(comparison.reason ?? 'not known')};
  }
}

// A promotion's release says so: Heroku writes `Promote <app> v<N> <sha>`.
export function lastPromotionOf(releases: WireRelease[]): OverviewRow['lastPromotion'] {
  const promoted = releases
    .filter((r) => r.status === 'succeeded' && /^Promote /.test(r.description ?? ''))
    .sort((a, b) => b.version - a.version)[0];
  if (!promoted) return null;
  return {
    at: promoted.created_at,
    by: promoted.user?.email ? sanitizeText(promoted.user.email) : null,
  };
}

export function buildOverviewRow(input: RowInput): OverviewRow {
  const {couplings, apps} = input;
  const {stagingId, productionId} = input;
  const watched = new Set(
    couplings.filter((c) => c.stage === 'staging' || c.stage === 'production').map((c) => c.app.id),
  );
  const latest = new Map<string, WireRelease>();
  for (const release of input.latestReleases) {
    const id = release.app?.id;
    if (!id || !watched.has(id)) continue;
    const known = latest.get(id);
    if (!known || known.version < release.version) latest.set(id, release);
  }
  const state = stateOf(input.comparison, input.noComparison);
  const waiting =
    state.kind === 'ahead' || state.kind === 'diverged'
      ? (input.comparison?.commits
          .map((c) => c.date)
          .filter((d): d is string => !!d)
          .sort()[0] ?? null)
      : null;
  const nameOf = (id: string | null) =>
    id ? sanitizeText(apps.find((a) => a.id === id)?.name ?? id) : null;
  return {
    pipeline: input.pipeline,
    load: 'done',
    error: null,
    owner: ownerName(input.pipeline, apps),
    staging: nameOf(stagingId),
    production: nameOf(productionId),
    state,
    waitingSince: waiting,
    lastPromotion: productionId ? lastPromotionOf(input.productionReleases) : null,
    failedRelease: [...latest.values()].some((r) => r.status === 'failed'),
    crashedDynos: input.productionDynos.filter((d) => d.state === 'crashed').length,
  };
}

// ---- sorting and text

export type OverviewSort = 'waiting' | 'name' | 'promotion';
export const OVERVIEW_SORTS: OverviewSort[] = ['waiting', 'name', 'promotion'];
export const SORT_LABELS: Record<OverviewSort, string> = {
  waiting: 'most waiting first',
  name: 'name',
  promotion: 'last promotion, newest first',
};

const byName = (a: OverviewRow, b: OverviewRow) =>
  a.pipeline.name.localeCompare(b.pipeline.name) || a.pipeline.id.localeCompare(b.pipeline.id);
const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0);

// Rows with the value sorted by come first, then rows loaded without one (nothing waits, no
// promotion found), then rows not loaded yet, each group by name: a row never moves ahead on
// a guess, and the rows that have arrived fill the screen from the top.
export function sortRows(rows: OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const copy = [...rows];
  if (sort === 'name') return copy.sort(byName);
  const key = (row: OverviewRow): number | null => {
    if (sort === 'promotion') return row.lastPromotion ? -time(row.lastPromotion.at) : null;
    if (row.waitingSince) return time(row.waitingSince);
    return null;
  };
  const group = (row: OverviewRow, k: number | null) =>
    k !== null ? 0 : row.load === 'done' || row.load === 'failed' ? 1 : 2;
  return copy.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const ga = group(a, ka);
    const gb = group(b, kb);
    if (ga !== gb) return ga - gb;
    if (ka !== null && kb !== null && ka !== kb) return ka - kb;
    return byName(a, b);
  });
}

export function stateText(state: OverviewState): string {
  switch (state.kind) {
    case 'ahead':
      return `${state.ahead} ahead`;
    case 'behind':
      return `${state.behind} behind`;
    case 'diverged':
      return `diverged ${state.ahead}/${state.behind}`;
    case 'in-sync':
      return 'in sync';
    case 'unknown':
      return `unknown: ${state.reason}`;
  }
}

export const NOT_LOADED = '…';

// The cells of a row as words; a cell whose data has not arrived is NOT_LOADED.
export function rowCells(row: OverviewRow, nowMs: number) {
  const done = row.load === 'done';
  const pending = row.load === 'failed' ? '' : NOT_LOADED;
  const marks: string[] = [];
  if (row.failedRelease) marks.push('failed');
  if (row.crashedDynos) marks.push(`${row.crashedDynos} crashed`);
  return {
    name: sanitizeText(row.pipeline.name),
    owner: row.owner ?? pending,
    generation:
      row.pipeline.generation === 'fir'
        ? 'Fir'
        : row.pipeline.generation === 'cedar'
          ? 'Cedar'
          : '',
    state:
      row.load === 'failed'
        ? `not loaded: ${row.error ?? 'failed'}`
        : row.state
          ? stateText(row.state)
          : pending,
    waiting: !done
      ? pending
      : row.waitingSince
        ? `waiting ${formatAge(row.waitingSince, nowMs)}`
        : '',
    promotion: !done
      ? pending
      : row.lastPromotion
        ? `${formatAge(row.lastPromotion.at, nowMs)} ago ${(row.lastPromotion.by ?? '').split('@')[0]}`.trimEnd()
        : 'none recent',
    marks: !done ? '' : marks.join(' '),
  };
}
