import type {Key} from 'ink';
import {
  keymapMode,
  selectedApp,
  viewBlockedReason,
  type BoardAction,
  type BoardState,
  type ViewKind,
} from '../../board/board-state.js';
import {commandFor, type Command} from '../../board/keymap.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {openPage} from '../open-page.js';
import {useKeys} from './useKeys.js';
import type {MessageTone} from './useTransientMessage.js';

export type BoardKeyDeps = {
  current: () => BoardState;
  dispatch: (action: BoardAction) => void;
  quit: () => void;
  refresh: () => void;
  openUrl: (url: string) => Promise<void>;
  notify: (text: string, tone?: MessageTone) => void;
  // Rows of the help overlay, to page and clamp its scrolling.
  helpRows: number;
  helpMaxOffset: number;
};

const VIEW_OF: Partial<Record<Command, ViewKind>> = {
  diff: 'diff',
  promote: 'promote',
  history: 'history',
  drift: 'drift',
};

const MOVES: ReadonlySet<Command> = new Set<Command>([
  'stage-prev',
  'stage-next',
  'stage-cycle-prev',
  'stage-cycle-next',
  'app-prev',
  'app-next',
  'app-first',
  'app-last',
  'page-up',
  'page-down',
]);

function helpScroll(command: Command, deps: BoardKeyDeps): number | null {
  const steps: Partial<Record<Command, number>> = {
    'app-prev': -1,
    'app-next': 1,
    'page-up': -deps.helpRows,
    'page-down': deps.helpRows,
    'app-first': -Infinity,
    'app-last': Infinity,
  };
  return steps[command] ?? null;
}

// Filter typing: printable text is added, Backspace takes the last character away.
function editFilter(state: BoardState, input: string, key: Key): string | null {
  if (key.backspace || key.delete) return state.filter.slice(0, -1);
  if (key.ctrl || key.meta) return null;
  const text = sanitizeText(input);
  return text ? state.filter + text : null;
}

// The board's one key router: every key goes through the keymap table for the current
// mode. Views own their keys while open; Ctrl-C still quits from anywhere.
export function useBoardKeys(deps: BoardKeyDeps) {
  useKeys((input, key) => handleKey(input, key, deps));
}

function handleKey(input: string, key: Key, deps: BoardKeyDeps) {
  const state = deps.current();
  const mode = keymapMode(state);
  const command = commandFor(input, key, mode);
  if (command === 'quit') return deps.quit();
  if (mode === 'diff' || mode === 'dialog') return;
  if (mode === 'filter' && command === null) {
    const text = editFilter(state, input, key);
    if (text !== null) deps.dispatch({type: 'filter-text', text});
    return;
  }
  if (command === null) return;
  if (mode === 'help') return helpCommand(state, command, deps);
  if (MOVES.has(command)) return deps.dispatch({type: 'move', command});
  const view = VIEW_OF[command];
  if (view) return openView(state, view, deps);
  switch (command) {
    case 'refresh':
      deps.notify('Refreshing…');
      return deps.refresh();
    case 'filter':
      return deps.dispatch({type: 'filter-start'});
    case 'filter-accept':
      return deps.dispatch({type: 'filter-accept'});
    case 'back':
      return deps.dispatch({type: 'back'});
    case 'help':
      return deps.dispatch({type: 'help-toggle'});
    case 'open':
      return openApp(state, deps);
    default:
      return;
  }
}

function helpCommand(state: BoardState, command: Command, deps: BoardKeyDeps) {
  const delta = helpScroll(command, deps);
  if (delta !== null) {
    const target = Math.min(deps.helpMaxOffset, Math.max(0, state.helpOffset + delta));
    deps.dispatch({type: 'help-scroll', delta: target - state.helpOffset});
  } else if (command === 'help' || command === 'back') deps.dispatch({type: 'back'});
}

function openView(state: BoardState, kind: ViewKind, deps: BoardKeyDeps) {
  const blocked = viewBlockedReason(state, kind);
  if (blocked) return deps.notify(blocked, 'warning');
  deps.dispatch({type: 'open-view', kind});
}

function openApp(state: BoardState, deps: BoardKeyDeps) {
  const app = selectedApp(state);
  if (!app?.webUrl) return deps.notify('This app has no web address to open.', 'warning');
  openPage(deps.openUrl, app.webUrl, deps.notify);
}
