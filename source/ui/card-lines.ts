// The words on an app card, as coloured segments, kept apart from the Ink markup.
import {formatAge, shortSha} from '../board/age.js';
import {comparisonLabel} from '../board/comparisons.js';
import {sanitizeText} from '../board/sanitize.js';
import {nextStage} from '../board/stages.js';
import type {AppCard, Comparison, DynoGroup} from '../board/types.js';

export type Segment = {text: string; color?: string; bold?: boolean; dim?: boolean};

// The board model sanitises everything from outside; this is the belt to its braces.
const clean = (text: string | null | undefined) => sanitizeText(text);

export function releaseSegments(app: AppCard, now: number): Segment[] {
  const release = app.release;
  if (!release) return [{text: 'no releases', dim: true}];
  const segments: Segment[] = [{text: `v${release.version}`, bold: true}];
  if (release.status === 'pending') segments.push({text: ' pending', color: 'yellow', bold: true});
  if (release.status === 'failed') segments.push({text: ' failed', color: 'red', bold: true});
  if (release.status === 'expired') segments.push({text: ' expired', dim: true});
  const age = formatAge(release.createdAt, now);
  if (age) segments.push({text: ` ${age}`});
  if (release.user) segments.push({text: ` ${clean(release.user)}`, dim: true});
  return segments;
}

export function commitSegments(app: AppCard): Segment[] {
  if (!app.commit) return [{text: 'no commit known', dim: true}];
  const message = clean(app.commit.message);
  return [
    {text: shortSha(app.commit.sha), color: 'yellow'},
    {text: message ? ` ${message}` : ' (no message)', dim: !message},
  ];
}

function dynoSegments(group: DynoGroup): Segment[] {
  const type = clean(group.type);
  if (group.quantity === 0 && group.up + group.crashed + group.starting === 0) {
    return [{text: `${type} 0`, dim: true}];
  }
  const segments: Segment[] = [];
  const allUp = group.up >= group.quantity && group.crashed === 0;
  segments.push({text: `${type} ${group.up} up`, color: allUp ? 'green' : undefined});
  if (group.crashed > 0)
    segments.push({text: ` ${group.crashed} crashed`, color: 'red', bold: true});
  if (group.starting > 0) segments.push({text: ` ${group.starting} starting`, color: 'yellow'});
  if (group.down > 0) segments.push({text: ` ${group.down} down`, color: 'red'});
  if (group.idle > 0) segments.push({text: ` ${group.idle} idle`, dim: true});
  return segments;
}

export function dynosSegments(app: AppCard): Segment[] {
  const segments: Segment[] = [];
  if (app.maintenance) segments.push({text: 'MAINTENANCE ', color: 'yellow', bold: true});
  if (app.dynos === null) return [...segments, {text: 'dynos unknown', dim: true}];
  if (app.dynos.length === 0) return [...segments, {text: 'no dynos', dim: true}];
  app.dynos.forEach((group, i) => {
    if (i > 0) segments.push({text: ', ', dim: true});
    segments.push(...dynoSegments(group));
  });
  return segments;
}

function comparisonColor(c: Comparison): string | undefined {
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

// `→ whitewave-prod: 3 ahead`, one entry per downstream app.
export function comparisonSegments(app: AppCard, comparisons: Comparison[]): Segment[] {
  const mine = comparisons.filter((c) => c.fromAppId === app.id);
  if (mine.length === 0) return [];
  const downstream = nextStage(app.stage);
  const segments: Segment[] = [{text: '→ ', dim: true}];
  mine.forEach((c, i) => {
    if (i > 0) segments.push({text: ' · ', dim: true});
    segments.push({text: `${clean(c.to)}: `});
    segments.push({
      text: clean(comparisonLabel(c, downstream)),
      color: comparisonColor(c),
      dim: c.status === 'unknown',
    });
  });
  return segments;
}

export function warningSegments(app: AppCard): Segment[] {
  return app.namingWarning ? [{text: `⚠ ${clean(app.namingWarning)}`, color: 'yellow'}] : [];
}

// A card's last line: the comparison with the next stage, else the naming warning.
export function noteSegments(app: AppCard, comparisons: Comparison[]): Segment[] {
  const comparison = comparisonSegments(app, comparisons);
  return comparison.length > 0 ? comparison : warningSegments(app);
}
