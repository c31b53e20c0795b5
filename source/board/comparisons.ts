import {sanitizeText} from '../shared/sanitize.js';
import {appsInStage, findApp, nextStage} from './stages.js';
import type {
  AppCard,
  Board,
  CommitComparison,
  Comparison,
  ComparisonSource,
  Stage,
} from './types.js';

// The reason given when two apps run different SHAs and no commit source was asked yet.
export const DIFFERENT_CODE_REASON = 'Different code; no commit comparison is available.';

// Every upstream app against every app of its next stage: review and development apps
// against each staging app, staging apps against each production app. A stage with no
// apps simply contributes no pairs; development is compared with staging either way.
export function comparedPairs(board: Pick<Board, 'columns'>): Array<{from: AppCard; to: AppCard}> {
  const pairs: Array<{from: AppCard; to: AppCard}> = [];
  for (const column of board.columns) {
    const next = nextStage(column.stage);
    if (next === null) continue;
    const downstream = appsInStage(board, next);
    for (const from of column.apps) {
      for (const to of downstream) pairs.push({from, to});
    }
  }
  return pairs;
}

// What a diff of this app shows: against every app of the next stage; a production app,
// which has no next stage, against the staging apps that would be promoted onto it.
export function diffPairs(
  board: Pick<Board, 'columns'> | null,
  appId: string,
): Array<{from: AppCard; to: AppCard}> {
  const app = findApp(board, appId);
  if (!board || !app) return [];
  const next = nextStage(app.stage);
  if (next) return appsInStage(board, next).map((to) => ({from: app, to}));
  return appsInStage(board, 'staging').map((from) => ({from, to: app}));
}

// A pair as the code on both sides identifies it: a refresh that hands in new cards for the
// same apps and commits is the same question, a moved commit is a new one.
export function codePairKey(from: AppCard, to: AppCard): string {
  return [from.id, from.commit?.sha ?? '', to.id, to.commit?.sha ?? ''].join('\n');
}

// The answer when commits could not be compared, with the reason in one sentence.
export function unknownComparison(reason: string, source: ComparisonSource): CommitComparison {
  return {
    status: 'unknown',
    ahead: null,
    behind: null,
    commits: [],
    behindCommits: [],
    files: [],
    compareUrl: null,
    source,
    reason,
  };
}

function base(from: AppCard, to: AppCard): Omit<Comparison, 'status' | 'ahead' | 'behind'> {
  return {
    fromAppId: from.id,
    from: from.name,
    toAppId: to.id,
    to: to.name,
    source: 'none',
    reason: null,
  };
}

function missingCommitReason(from: AppCard, to: AppCard): string | null {
  const fromSha = from.commit?.sha;
  const toSha = to.commit?.sha;
  if (!fromSha && !toSha) return `Neither ${from.name} nor ${to.name} has a release with a commit.`;
  if (!fromSha) return `${from.name} has no release with a commit.`;
  if (!toSha) return `${to.name} has no release with a commit.`;
  return null;
}

// What the SHAs alone tell: the same code, or different code by an unknown amount.
export function comparisonFromShas(from: AppCard, to: AppCard): Comparison {
  const missing = missingCommitReason(from, to);
  if (missing !== null) {
    return {...base(from, to), status: 'unknown', ahead: null, behind: null, reason: missing};
  }
  if (from.commit?.sha === to.commit?.sha) {
    return {...base(from, to), status: 'identical', ahead: 0, behind: 0};
  }
  return {
    ...base(from, to),
    status: 'unknown',
    ahead: null,
    behind: null,
    reason: DIFFERENT_CODE_REASON,
  };
}

function count(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

// A diff source's answer for a pair. When the source could not tell, the SHAs still may:
// the same SHA is in sync whether or not the repository is reachable.
export function comparisonFromCommitComparison(
  from: AppCard,
  to: AppCard,
  result: CommitComparison,
): Comparison {
  if (result.status === 'unknown') {
    const bySha = comparisonFromShas(from, to);
    if (bySha.status === 'identical') return bySha;
    const reason = sanitizeText(result.reason).trim() || bySha.reason;
    return {...bySha, source: result.source, reason};
  }
  const identical = result.status === 'identical';
  return {
    ...base(from, to),
    status: result.status,
    ahead: identical ? 0 : count(result.ahead),
    behind: identical ? 0 : count(result.behind),
    source: result.source,
    reason: null,
  };
}

// Replaces the comparisons of the same pairs (by app ids), keeps the others in order.
export function mergeComparisons(current: Comparison[], updates: Comparison[]): Comparison[] {
  const key = (c: Comparison) => `${c.fromAppId}\u0000${c.toAppId}`;
  const byPair = new Map(updates.map((c) => [key(c), c]));
  const merged = current.map((c) => byPair.get(key(c)) ?? c);
  const present = new Set(current.map(key));
  return [...merged, ...updates.filter((c) => !present.has(key(c)))];
}

const byUpstream = new WeakMap<readonly Comparison[], ReadonlyMap<string, Comparison[]>>();

// The comparisons of each upstream app, by its id, in their order in `comparisons`. Kept per
// array: every card of a board looks its own up on each draw.
export function comparisonsByUpstream(
  comparisons: readonly Comparison[],
): ReadonlyMap<string, Comparison[]> {
  const kept = byUpstream.get(comparisons);
  if (kept) return kept;
  const index = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    const mine = index.get(c.fromAppId);
    if (mine) mine.push(c);
    else index.set(c.fromAppId, [c]);
  }
  byUpstream.set(comparisons, index);
  return index;
}

// Short enough for a comparison line: no final period, a sentence-initial capital lowered
// unless the first word is a name such as GitHub.
function shortReason(reason: string): string {
  const trimmed = reason.trim().replace(/\.$/, '');
  const firstWord = trimmed.split(' ')[0] ?? '';
  return /^[A-Z][a-z]*$/.test(firstWord) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

// The words of a comparison line. `downstreamStage` names where a hotfix lives when the
// upstream is behind; without it the downstream app's name is used.
export function comparisonLabel(c: Comparison, downstreamStage?: Stage | null): string {
  const n = (value: number | null) => (value === null ? '?' : String(value));
  switch (c.status) {
    case 'identical':
      return 'in sync';
    case 'ahead':
      return `${n(c.ahead)} ahead`;
    case 'behind':
      return `${n(c.behind)} behind (hotfix only in ${downstreamStage ?? c.to})`;
    case 'diverged':
      return `diverged: ${n(c.ahead)} ahead, ${n(c.behind)} behind`;
    case 'unknown':
      if (c.reason === DIFFERENT_CODE_REASON) return 'different code';
      return c.reason ? `unknown: ${shortReason(c.reason)}` : 'unknown';
  }
}
