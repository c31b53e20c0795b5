// A card's comparison line: how this app compares with every app of the next stage.
// One target reads `→ whitewave-prod: 3 ahead`; several read by what tells them apart,
// those that differ first and the ones in sync grouped at the end
// (`→ us: 4 ahead · eu: in sync`). When that does not fit the card, a count by state
// takes its place (`→ 3 apps: 2 ahead, 1 in sync`): a cut line never hides a target.
import {comparisonLabel} from '../board/comparisons.js';
import {nextStage} from '../board/stages.js';
import {distinguishingNames} from '../board/target-names.js';
import {plural} from '../shared/plural.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Comparison, ComparisonStatus} from '../board/types.js';
import type {Segment} from './segment.js';

export function comparisonColor(c: Pick<Comparison, 'status'>): string | undefined {
  switch (c.status) {
    case 'identical':
      return 'green';
    case 'ahead':
      return 'cyan';
    case 'behind':
    case 'diverged':
      return 'yellow';
    case 'unknown':
      return undefined;
  }
}

const ARROW: Segment = {text: '→ ', dim: true};
const DOT: Segment = {text: ' · ', dim: true};

function labelSegment(c: Comparison, label: string): Segment {
  return {text: sanitizeText(label), color: comparisonColor(c), dim: c.status === 'unknown'};
}

// Shorter than the single-target words: the stage is the column's, not repeated per target.
function shortLabel(c: Comparison): string {
  const n = (value: number | null) => (value === null ? '?' : String(value));
  if (c.status === 'behind') return `${n(c.behind)} behind`;
  return comparisonLabel(c);
}

function perTarget(mine: Comparison[]): Segment[] {
  const names = distinguishingNames(mine.map((c) => sanitizeText(c.to)));
  const entries = mine.map((c, i) => ({c, name: names[i]!}));
  const differing = entries.filter((e) => e.c.status !== 'identical');
  const inSync = entries.filter((e) => e.c.status === 'identical');
  const segments: Segment[] = [ARROW];
  differing.forEach((e, i) => {
    if (i > 0) segments.push(DOT);
    segments.push({text: `${e.name}: `}, labelSegment(e.c, shortLabel(e.c)));
  });
  if (inSync.length > 0) {
    if (differing.length > 0) segments.push(DOT);
    segments.push(
      {text: `${inSync.map((e) => e.name).join(', ')}: `},
      labelSegment(inSync[0]!.c, 'in sync'),
    );
  }
  return segments;
}

const SUMMARY_ORDER: ComparisonStatus[] = ['behind', 'diverged', 'unknown', 'ahead', 'identical'];
const SUMMARY_WORD: Record<ComparisonStatus, string> = {
  behind: 'behind',
  diverged: 'diverged',
  unknown: 'unknown',
  ahead: 'ahead',
  identical: 'in sync',
};

// `→ 3 apps: 1 behind, 1 ahead, 1 in sync`: every state that some target is in, worst first.
function summary(mine: Comparison[]): Segment[] {
  const segments: Segment[] = [ARROW, {text: `${plural(mine.length, 'app')}: `}];
  SUMMARY_ORDER.forEach((status) => {
    const count = mine.filter((c) => c.status === status).length;
    if (count === 0) return;
    if (segments.length > 2) segments.push({text: ', ', dim: true});
    segments.push(labelSegment({status} as Comparison, `${count} ${SUMMARY_WORD[status]}`));
  });
  return segments;
}

const width = (segments: Segment[]) => segments.reduce((n, s) => n + [...s.text].length, 0);

// `room` is the card's inner width; without it the line is not measured.
export function comparisonSegments(
  app: AppCard,
  comparisons: Comparison[],
  room?: number,
): Segment[] {
  const mine = comparisons.filter((c) => c.fromAppId === app.id);
  if (mine.length === 0) return [];
  if (mine.length === 1) {
    const c = mine[0]!;
    return [
      ARROW,
      {text: `${sanitizeText(c.to)}: `},
      labelSegment(c, comparisonLabel(c, nextStage(app.stage))),
    ];
  }
  const full = perTarget(mine);
  return room === undefined || width(full) <= room ? full : summary(mine);
}
