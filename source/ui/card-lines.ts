// The words on an app card, as coloured segments, kept apart from the Ink markup.
import {formatAge} from '../shared/age.js';
import {shortSha} from '../shared/short-sha.js';
import {sanitizeText} from '../shared/sanitize.js';
import {comparisonSegments} from './card-comparisons.js';
import type {AppCard, Comparison, DynoGroup} from '../board/types.js';
import type {CiState} from '../board/ci-status.js';
import {groupRollout} from '../board/card-rollout.js';

import type {Segment} from './segment.js';

export type {Segment} from './segment.js';

// The board model sanitises everything from outside; this is the belt to its braces.
const clean = (text: string | null | undefined) => sanitizeText(text);

export function releaseSegments(app: AppCard, now: number): Segment[] {
  const release = app.release;
  if (!release) return [{text: 'no releases', dim: true}];
  const segments: Segment[] = [{text: `v${release.version}`, bold: true}];
  if (release.status === 'pending') segments.push({text: ' pending', color: 'yellow', bold: true});
  if (release.status === 'failed') segments.push({text: ' failed', color: 'red', bold: true});
  // A release that did not go out does not run: say which one does, beside its commit.
  const running = app.deployedRelease;
  if (release.status !== 'succeeded' && running && running.id !== release.id) {
    segments[segments.length - 1]!.text += `, runs v${running.version}`;
  }
  if (release.status === 'expired') segments.push({text: ' expired', dim: true});
  const age = formatAge(release.createdAt, now);
  if (age) segments.push({text: ` ${age}`});
  // The name part of an email says who on a narrow card; the domain is the same for all.
  if (release.user) segments.push({text: ` ${clean(release.user).split('@')[0]}`, dim: true});
  return segments;
}

// The CI mark right after the SHA, where a narrow card still shows it; readable without
// colour. Nothing while unknown or when no service reported: unknown is never a pass.
export function ciSegments(state: CiState | null | undefined): Segment[] {
  switch (state) {
    case 'passed':
      return [{text: ' CI✓', color: 'green'}];
    case 'failed':
      return [{text: ' CI✗', color: 'red', bold: true}];
    case 'running':
      return [{text: ' CI…', color: 'yellow'}];
    default:
      return [];
  }
}

export function commitSegments(app: AppCard, ci: CiState | null = null): Segment[] {
  if (!app.commit) return [{text: 'no commit known', dim: true}];
  const message = clean(app.commit.message);
  return [
    {text: shortSha(app.commit.sha), color: 'yellow'},
    ...ciSegments(ci),
    {text: message ? ` ${message}` : ' (no message)', dim: !message},
  ];
}

const STATE_COLOR: Record<string, string | undefined> = {
  up: 'green',
  crashed: 'red',
  starting: 'yellow',
  down: 'red',
  idle: undefined,
};

// While dynos run different releases: `web 3/4 on v17`, with the crashed and starting ones.
function rolloutSegments(group: DynoGroup, version: number | null): Segment[] | null {
  const rollout = groupRollout(group, version);
  if (!rollout) return null;
  const segments: Segment[] = [
    {text: `${clean(group.type)} ${rollout.onCurrent}/${rollout.total} on v${rollout.version}`},
  ];
  if (group.crashed > 0)
    segments.push({text: ` ${group.crashed} crashed`, color: 'red', bold: true});
  if (group.starting > 0) segments.push({text: ` ${group.starting} starting`, color: 'yellow'});
  if (group.down > 0) segments.push({text: ` ${group.down} down`, color: 'red'});
  return segments;
}

// `web 2 up`, `worker 1 crashed`, `web 1 up 1 starting`: only the states some dyno is in.
function dynoSegments(group: DynoGroup, version: number | null = null): Segment[] {
  const rolling = rolloutSegments(group, version);
  if (rolling) return rolling;
  const type = clean(group.type);
  const states = (['up', 'crashed', 'starting', 'down', 'idle'] as const).filter(
    (s) => group[s] > 0,
  );
  if (states.length === 0) {
    return group.quantity === 0
      ? [{text: `${type} 0`, dim: true}]
      : [{text: `${type} 0/${group.quantity} up`, color: 'yellow'}];
  }
  return [
    {text: type},
    ...states.map((s) => ({
      text: ` ${group[s]} ${s}`,
      color: STATE_COLOR[s],
      bold: s === 'crashed',
      dim: s === 'idle',
    })),
  ];
}

export function dynosSegments(app: AppCard): Segment[] {
  const segments: Segment[] = [];
  if (app.maintenance) segments.push({text: 'MAINTENANCE ', color: 'yellow', bold: true});
  // Review apps' dynos are not fetched (there can be hundreds): their line stays quiet.
  if (app.dynos === null && app.stage === 'review') return segments;
  if (app.dynos === null) return [...segments, {text: 'dynos unknown', dim: true}];
  if (app.dynos.length === 0) return [...segments, {text: 'no dynos', dim: true}];
  app.dynos.forEach((group, i) => {
    if (i > 0) segments.push({text: ', ', dim: true});
    segments.push(...dynoSegments(group, app.release?.version ?? null));
  });
  return segments;
}

function warningSegments(app: AppCard): Segment[] {
  return app.namingWarning ? [{text: `⚠ ${clean(app.namingWarning)}`, color: 'yellow'}] : [];
}

// A card's last line: how this app compares with the next stage's apps
// (`→ whitewave-prod: 3 ahead`), else the naming warning. When both apply, the ⚠ on the
// name and the message line carry the warning.
export function noteSegments(app: AppCard, comparisons: Comparison[], room?: number): Segment[] {
  const comparison = comparisonSegments(app, comparisons, room);
  return comparison.length > 0 ? comparison : warningSegments(app);
}

export type CardLineInput = {
  app: AppCard;
  comparisons: Comparison[];
  now: number;
  room: number;
  // The CI state of the card's commit; null or absent while unknown.
  ci?: CiState | null;
};
export type CardLine = (input: CardLineInput) => Segment[];

// The lines under a full card's name, in order. A new line is one more builder here (and
// one more row in the card's height, board/layout.ts).
export const CARD_LINES: CardLine[] = [
  ({app, now}) => releaseSegments(app, now),
  ({app, ci}) => commitSegments(app, ci ?? null),
  ({app}) => dynosSegments(app),
  ({app, comparisons, room}) => noteSegments(app, comparisons, room),
];
