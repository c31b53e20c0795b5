// The board's interaction state as a reducer: every key press is an action applied to
// the latest state, so quick presses never read a stale cursor.
import {visibleWindow} from './layout.js';
import type {KeyContext} from './key-reasons.js';
import {KEYMAP, type Command, type Mode} from './keymap.js';
import {diffPairs} from './comparisons.js';
import {findApp, stageRank} from './stages.js';
import type {AppCard, Board, Stage} from './types.js';
import {appIndex, visibleColumn, visibleColumns} from './visible-columns.js';
import {PIPELINE_VIEWS, type SetupViewKind} from './setup-views.js';

export {visibleColumns} from './visible-columns.js';

export type {SetupViewKind} from './setup-views.js';
export type ViewKind =
  'diff' | 'promote' | 'history' | 'drift' | 'logs' | 'verify' | 'maintenance' | SetupViewKind;
// `stage`: the stage under the cursor when the view opened (where a setup add goes).
export type BoardView = {kind: ViewKind; appId: string; stage?: Stage};
export type BoardMode = 'board' | 'filter' | 'help' | 'view';

export type BoardState = {
  board: Board | null;
  // The stage under the cursor; kept by name so that a stage appearing or hiding on
  // its left does not move the cursor to another stage.
  stage: Stage;
  // The selected app of each stage, by id, so a refresh that reorders apps keeps it.
  selected: Partial<Record<Stage, string>>;
  filter: string;
  mode: BoardMode;
  view: BoardView | null;
  // First visible card of each stage column.
  offsets: Partial<Record<Stage, number>>;
  // Cards that fit in a column, from the layout.
  capacity: number;
  helpOffset: number;
};

export type BoardAction =
  | {type: 'board-loaded'; board: Board}
  | {type: 'capacity'; cardsPerColumn: number}
  | {type: 'move'; command: Command}
  | {type: 'select-app'; appId: string}
  | {type: 'filter-start'}
  | {type: 'filter-text'; text: string}
  | {type: 'filter-accept'}
  | {type: 'help-toggle'}
  | {type: 'help-scroll'; delta: number}
  | {type: 'open-view'; kind: ViewKind}
  | {type: 'back'};

// Staging is where a promotion starts, so it is where the cursor starts.
const INITIAL_STAGE: Stage = 'staging';

export function initialBoardState(board: Board | null = null): BoardState {
  const state: BoardState = {
    board: null,
    stage: INITIAL_STAGE,
    selected: {},
    filter: '',
    mode: 'board',
    view: null,
    offsets: {},
    capacity: 1,
    helpOffset: 0,
  };
  return board ? boardReducer(state, {type: 'board-loaded', board}) : state;
}

export function stageCursor(state: BoardState): number {
  const index = visibleColumns(state.board, state.filter).findIndex((c) => c.stage === state.stage);
  return Math.max(0, index);
}

export function selectedIndex(state: BoardState, stage: Stage = state.stage): number {
  const column = visibleColumn(state.board, state.filter, stage);
  return column ? Math.max(0, appIndex(column, state.selected[stage])) : 0;
}

export function selectedApp(state: BoardState): AppCard | null {
  const column = visibleColumn(state.board, state.filter, state.stage);
  if (!column) return null;
  return column.apps[appIndex(column, state.selected[state.stage])] ?? null;
}

// The key table's mode for the current state.
export function keymapMode(state: BoardState): Mode {
  if (state.mode === 'view') {
    const kind = state.view?.kind;
    return kind === 'diff' ? 'diff' : kind === 'logs' || kind === 'verify' ? kind : 'dialog';
  }
  return state.mode;
}

// What the key table's reasons need to know about the board: the selected app.
export function boardKeyContext(state: BoardState): KeyContext {
  const app = selectedApp(state);
  if (!app) return {app: null, stage: state.stage, filtered: state.filter !== ''};
  const comparable = diffPairs(state.board, app.id).length > 0;
  return {app: {name: app.name, stage: app.stage, webUrl: app.webUrl, comparable}};
}

// Why a view cannot open for the selected app, in one sentence; null when it can. The
// reasons are the key table's, so the hint line and the refusal say the same.
export function viewBlockedReason(state: BoardState, kind: ViewKind): string | null {
  const binding = KEYMAP.find((b) => b.command === kind && b.modes.includes('board'));
  return binding?.disabled?.(boardKeyContext(state)) ?? null;
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'board-loaded':
      return normalize({
        ...state,
        board: action.board,
        selected: keepSelection(state, action.board),
      });
    case 'capacity':
      if (action.cardsPerColumn === state.capacity) return state;
      return normalize({...state, capacity: Math.max(1, Math.floor(action.cardsPerColumn))});
    case 'move': {
      // A press against an edge changes nothing: the same state draws no new frame.
      const next = normalize(move(state, action.command));
      return sameCursor(next, state) ? state : next;
    }
    case 'select-app': {
      const app = findApp(state.board, action.appId);
      if (!app) return state;
      return normalize({
        ...state,
        stage: app.stage,
        selected: {...state.selected, [app.stage]: app.id},
      });
    }
    case 'filter-start':
      return {...state, mode: 'filter'};
    case 'filter-text':
      return normalize({...state, filter: action.text, mode: 'filter'});
    case 'filter-accept':
      return {...state, mode: 'board'};
    case 'help-toggle':
      return {...state, mode: state.mode === 'help' ? 'board' : 'help', helpOffset: 0};
    case 'help-scroll':
      return {...state, helpOffset: Math.max(0, state.helpOffset + action.delta)};
    case 'open-view': {
      const app = selectedApp(state);
      if (!state.board || viewBlockedReason(state, action.kind)) return state;
      if (!app && !PIPELINE_VIEWS.has(action.kind)) return state;
      const view: BoardView = {kind: action.kind, appId: app?.id ?? ''};
      if (PIPELINE_VIEWS.has(action.kind)) view.stage = state.stage;
      return {...state, mode: 'view', view};
    }
    case 'back':
      return back(state);
  }
}

function back(state: BoardState): BoardState {
  if (state.mode === 'view') return {...state, mode: 'board', view: null};
  if (state.mode === 'help') return {...state, mode: 'board'};
  if (state.mode === 'filter' || state.filter !== '') {
    return normalize({...state, mode: 'board', filter: ''});
  }
  return state;
}

function move(state: BoardState, command: Command): BoardState {
  const columns = visibleColumns(state.board, state.filter);
  if (columns.length === 0) return state;
  const stageAt = stageCursor(state);
  const toStage = (index: number): BoardState => ({...state, stage: columns[index]!.stage});
  const last = columns.length - 1;
  switch (command) {
    case 'stage-prev':
      return toStage(Math.max(0, stageAt - 1));
    case 'stage-next':
      return toStage(Math.min(last, stageAt + 1));
    case 'stage-cycle-prev':
      return toStage(stageAt === 0 ? last : stageAt - 1);
    case 'stage-cycle-next':
      return toStage(stageAt === last ? 0 : stageAt + 1);
    default:
      break;
  }
  const apps = columns[stageAt]?.apps ?? [];
  if (apps.length === 0) return state;
  const at = selectedIndex(state);
  const page = Math.max(1, state.capacity);
  const target: Record<string, number> = {
    'app-prev': at - 1,
    'app-next': at + 1,
    'app-first': 0,
    'app-last': apps.length - 1,
    'page-up': at - page,
    'page-down': at + page,
  };
  const index = target[command];
  if (index === undefined) return state;
  const app = apps[Math.min(apps.length - 1, Math.max(0, index))]!;
  return {...state, selected: {...state.selected, [state.stage]: app.id}};
}

// After a refresh, each stage keeps its app by id; an app that went away hands the
// selection to the app now at its old position (or the last one).
function keepSelection(state: BoardState, board: Board): Partial<Record<Stage, string>> {
  const previous = visibleColumns(state.board, state.filter);
  const next = visibleColumns(board, state.filter);
  const selected = {...state.selected};
  for (const column of next) {
    const id = selected[column.stage];
    if (id && appIndex(column, id) >= 0) continue;
    const old = previous.find((c) => c.stage === column.stage);
    const oldIndex = old ? Math.max(0, appIndex(old, id)) : 0;
    const fallback = column.apps[Math.min(oldIndex, column.apps.length - 1)];
    if (fallback) selected[column.stage] = fallback.id;
    else delete selected[column.stage];
  }
  return selected;
}

function sameCursor(a: BoardState, b: BoardState): boolean {
  return (
    a.stage === b.stage && sameRecord(a.selected, b.selected) && sameRecord(a.offsets, b.offsets)
  );
}

function sameRecord<T>(a: Partial<Record<Stage, T>>, b: Partial<Record<Stage, T>>): boolean {
  const keys = Object.keys(a) as Stage[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

// Puts the cursor on a shown stage and a shown app, and scrolls columns to their selection.
function normalize(state: BoardState): BoardState {
  const columns = visibleColumns(state.board, state.filter);
  if (columns.length === 0) return state;
  let stage = state.stage;
  if (!columns.some((c) => c.stage === stage)) {
    const rank = stageRank(stage);
    stage = (columns.find((c) => stageRank(c.stage) >= rank) ?? columns[columns.length - 1]!).stage;
  }
  const selected = {...state.selected};
  const offsets = {...state.offsets};
  for (const column of columns) {
    if (appIndex(column, selected[column.stage]) < 0) {
      const first = column.apps[0];
      if (first) selected[column.stage] = first.id;
    }
    const index = Math.max(0, appIndex(column, selected[column.stage]));
    const offset = offsets[column.stage] ?? 0;
    offsets[column.stage] = visibleWindow(column.apps.length, index, state.capacity, offset).offset;
  }
  return {...state, stage, selected, offsets};
}
