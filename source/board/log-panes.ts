import type {LogLine} from './log-line.js';
import {findApp} from './stages.js';
import type {AppCard, Board} from './types.js';

// What the board's log view shows: the app the key was pressed on, beside its counterpart
// across staging and production (staging first), and the filters' cycles.

function firstOf(board: Board, stage: AppCard['stage']): AppCard | null {
  return board.columns.find((c) => c.stage === stage)?.apps[0] ?? null;
}

// The apps of the panes and which one has the focus (the app the key was pressed on).
export function logPaneApps(board: Board, appId: string): {apps: AppCard[]; focused: number} {
  const app = findApp(board, appId);
  if (!app) return {apps: [], focused: 0};
  if (app.stage === 'staging') {
    const production = firstOf(board, 'production');
    return {apps: production ? [app, production] : [app], focused: 0};
  }
  if (app.stage === 'production') {
    const staging = firstOf(board, 'staging');
    return staging ? {apps: [staging, app], focused: 1} : {apps: [app], focused: 0};
  }
  return {apps: [app], focused: 0};
}

// Process types first web, then the others by name, the router last.
function typeOrder(a: string, b: string): number {
  const rank = (t: string) => (t === 'web' ? 0 : t === 'router' ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, 'en');
}

function dynoOrder(a: string, b: string): number {
  const [typeA = '', numA = '0'] = a.split('.');
  const [typeB = '', numB = '0'] = b.split('.');
  return typeOrder(typeA, typeB) || Number(numA) - Number(numB) || a.localeCompare(b, 'en');
}

// The process types and dynos the lines came from (the router's lines count as `router`;
// Heroku's own sources such as `api` are no dyno).
export function seenSources(lines: readonly LogLine[]): {types: string[]; dynos: string[]} {
  const types = new Set<string>();
  const dynos = new Set<string>();
  for (const line of lines) {
    if (line.router) types.add('router');
    else if (line.source === 'app' && line.processType) types.add(line.processType);
    if (line.router?.dyno) dynos.add(line.router.dyno);
    else if (line.source === 'app' && line.dyno && line.dyno.includes('.')) dynos.add(line.dyno);
  }
  return {types: [...types].sort(typeOrder), dynos: [...dynos].sort(dynoOrder)};
}

// The next value of a filter that cycles through `values` and then back to none (null).
export function nextInCycle(values: readonly string[], current: string | null): string | null {
  if (current === null) return values[0] ?? null;
  const index = values.indexOf(current);
  return index < 0 ? (values[0] ?? null) : (values[index + 1] ?? null);
}

// Scrolled back, a pane stays on the lines it shows while new ones arrive: the scroll keeps
// the newest line shown (its anchor) and counts from there.
export type PaneScroll = {offset: number; anchor: LogLine | null};

export const FOLLOWING: PaneScroll = {offset: 0, anchor: null};

export function anchoredOffset(lines: readonly LogLine[], scroll: PaneScroll): number {
  if (!scroll.anchor) return scroll.offset;
  const index = lines.lastIndexOf(scroll.anchor);
  return index < 0 ? scroll.offset : lines.length - 1 - index;
}

export function scrollBy(lines: readonly LogLine[], scroll: PaneScroll, rows: number, by: number) {
  const maxOffset = Math.max(0, lines.length - Math.max(1, rows));
  const offset = Math.min(maxOffset, Math.max(0, anchoredOffset(lines, scroll) + by));
  return scrollAt(lines, offset);
}

export function scrollAt(lines: readonly LogLine[], offset: number): PaneScroll {
  if (offset <= 0) return FOLLOWING;
  return {offset, anchor: lines[lines.length - 1 - offset] ?? null};
}
