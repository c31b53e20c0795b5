import {sideLabels, type AddonDrift, type Drift, type ProcessDrift} from '../../board/drift.js';
import {plural} from '../../shared/plural.js';

// The drift as rows of coloured segments, so the view can scroll over them and cut them to
// its height. Only names, plans, sizes and counts: a Drift holds no config var value.

export type Segment = {text: string; color?: string; bold?: boolean; dim?: boolean};
export type Line = Segment[];

// Missing downstream is what breaks a promotion: red. Missing upstream is an oddity: yellow.
// Differing values are often on purpose (each app has its own database): cyan.
const DRIFT_COLORS = {
  missingDownstream: 'red',
  missingUpstream: 'yellow',
  differs: 'cyan',
  same: 'green',
} as const;

const INDENT = '  ';
const NONE = '—';

const pad = (text: string, width: number) => text.padEnd(width);

function heading(text: string): Line {
  return [{text, bold: true}];
}

// Names packed into as many columns as the width allows: a long list stays readable.
function nameColumns(names: readonly string[], width: number, marker: Segment): Line[] {
  if (names.length === 0) return [];
  const cell = Math.max(...names.map((n) => n.length)) + 4;
  const perLine = Math.max(1, Math.floor((width - INDENT.length * 2) / cell));
  const lines: Line[] = [];
  for (let i = 0; i < names.length; i += perLine) {
    const row = names.slice(i, i + perLine);
    lines.push([
      {text: INDENT + INDENT},
      ...row.flatMap((name, j) => [
        marker,
        {text: j === row.length - 1 ? ` ${name}` : pad(` ${name}`, cell - 1)},
      ]),
    ]);
  }
  return lines;
}

function configLines(drift: Drift, width: number): Line[] {
  const labels = sideLabels(drift);
  const {onlyInFrom, onlyInTo, differs, same} = drift.config;
  const group = (title: string, names: string[], color: string, mark: string): Line[] =>
    names.length === 0
      ? []
      : [
          [{text: INDENT}, {text: `${title} (${names.length})`, color, bold: true}],
          ...nameColumns(names, width, {text: mark, color}),
        ];
  const lines: Line[] = [
    [...heading('Config vars'), {text: '  names only; values are never shown', dim: true}],
    ...group(`Missing on ${labels.to}`, onlyInFrom, DRIFT_COLORS.missingDownstream, '+'),
    ...group(`Missing on ${labels.from}`, onlyInTo, DRIFT_COLORS.missingUpstream, '-'),
    ...group('Different values', differs, DRIFT_COLORS.differs, '≠'),
  ];
  const total = onlyInFrom.length + onlyInTo.length + differs.length + same.length;
  lines.push(
    total === 0
      ? [{text: INDENT}, {text: 'No config vars on either side', dim: true}]
      : [{text: INDENT}, {text: `Same on both: ${plural(same.length, 'var')}`, dim: true}],
  );
  return lines;
}

// `heroku-postgresql:essential-0` reads as `essential-0` next to its service.
function planLabel(service: string, plans: readonly string[]): string {
  if (plans.length === 0) return NONE;
  const prefix = `${service}:`;
  return plans.map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p)).join(', ');
}

// Long verdicts name the side ("missing on production"); the short ones leave that to the
// "—" in the side's column, for terminals too narrow for both.
function statusWords(status: Row['status'], labels: {from: string; to: string}, short: boolean) {
  switch (status) {
    case 'only-from':
      return {
        text: short ? 'missing' : `missing on ${labels.to}`,
        color: DRIFT_COLORS.missingDownstream,
      };
    case 'only-to':
      return {
        text: short ? 'missing' : `missing on ${labels.from}`,
        color: DRIFT_COLORS.missingUpstream,
      };
    case 'differs':
      return {text: 'differs', color: DRIFT_COLORS.differs};
    case 'same':
      return {text: 'same', color: DRIFT_COLORS.same, dim: true};
  }
}

type Row = {name: string; from: string; to: string; status: AddonDrift['status']};
type Grid = {name: number; from: number; to: number; short: boolean};

// Cut to a width with an ellipsis, so a long buildpack list never pushes the verdict away.
function fit(text: string, width: number): string {
  if (text.length <= width) return text.padEnd(width);
  return width <= 1 ? '…'.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

// One column layout for add-ons, formation and settings, so they line up down the screen:
// name, upstream, downstream, then the verdict, which always stays in view. Values are cut
// only when even short verdicts and a narrower name column leave too little room.
function gridFor(rows: Row[], labels: {from: string; to: string}, width: number): Grid {
  const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => t.length));
  const fullName = Math.max('Buildpacks'.length, widest(rows.map((r) => r.name)));
  const from = Math.max(labels.from.length, widest(rows.map((r) => r.from)));
  const to = Math.max(labels.to.length, widest(rows.map((r) => r.to)));
  const attempts = [
    {short: false, name: fullName},
    {short: true, name: fullName},
    {short: true, name: Math.min(fullName, 12)},
  ];
  for (const [i, attempt] of attempts.entries()) {
    const verdict = widest([
      'differs',
      ...rows.map((r) => statusWords(r.status, labels, attempt.short).text),
    ]);
    const room = Math.floor((width - INDENT.length - attempt.name - verdict - 6) / 2);
    if ((from <= room && to <= room) || i === attempts.length - 1) {
      const cap = Math.max(8, room);
      return {...attempt, from: Math.min(cap, from), to: Math.min(cap, to)};
    }
  }
  return {short: true, name: fullName, from, to};
}

function gridRow(row: Row, grid: Grid, labels: {from: string; to: string}): Line {
  const same = row.status === 'same';
  return [
    {text: `${INDENT}${fit(row.name, grid.name)}  `, dim: same},
    {text: `${fit(row.from, grid.from)}  ${fit(row.to, grid.to)}  `, dim: same},
    statusWords(row.status, labels, grid.short),
  ];
}

function table(
  title: string,
  rows: Row[],
  grid: Grid,
  labels: {from: string; to: string},
  empty: string,
): Line[] {
  const header: Line = [
    {text: fit(title, INDENT.length + grid.name + 2), bold: true},
    {text: `${fit(labels.from, grid.from)}  ${fit(labels.to, grid.to)}`, dim: true},
  ];
  if (rows.length === 0) return [heading(title), [{text: INDENT}, {text: empty, dim: true}]];
  return [header, ...rows.map((row) => gridRow(row, grid, labels))];
}

function processLabel(side: ProcessDrift['from']): string {
  if (side === null) return NONE;
  return side.size ? `${side.quantity} × ${side.size}` : String(side.quantity);
}

function settingRow(
  name: string,
  value: {from: string | null; to: string | null; same: boolean},
): Row {
  return {
    name,
    from: value.from ?? 'unknown',
    to: value.to ?? 'unknown',
    status: value.same ? 'same' : 'differs',
  };
}

// Every row below the view's fixed header.
export function driftLines(drift: Drift, width: number): Line[] {
  const labels = sideLabels(drift);
  const addons: Row[] = drift.addons.map((a) => ({
    name: a.service,
    from: planLabel(a.service, a.from),
    to: planLabel(a.service, a.to),
    status: a.status,
  }));
  const formation: Row[] = drift.formation.map((p) => ({
    name: p.type,
    from: processLabel(p.from),
    to: processLabel(p.to),
    status: p.status,
  }));
  const settings: Row[] = [
    settingRow('Stack', drift.stack),
    settingRow('Region', drift.region),
    settingRow('Buildpacks', {
      from: drift.buildpacks.from.join(', ') || 'none',
      to: drift.buildpacks.to.join(', ') || 'none',
      same: drift.buildpacks.same,
    }),
  ];
  const grid = gridFor([...addons, ...formation, ...settings], labels, width);
  return [
    [],
    ...configLines(drift, width),
    [],
    ...table('Add-ons', addons, grid, labels, 'No add-ons on either side'),
    [],
    ...table('Formation', formation, grid, labels, 'No process types on either side'),
    [],
    ...table('Settings', settings, grid, labels, ''),
  ];
}
