import type {Key} from 'ink';
import {
  boardKeyContext,
  keymapMode,
  selectedApp,
  type BoardAction,
  type BoardState,
  type ViewKind,
} from '../../board/board-state.js';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {openPage} from '../open-page.js';
import {useKeys} from './useKeys.js';
import type {MessageTone} from './useTransientMessage.js';

export type BoardKeyDeps = {
  current: () => BoardState;
  dispatch: (action: BoardAction) => void;
  quit: () => void;
  // Esc on the board with no filter set.
  leave?: () => void;
  refresh: () => void;
  openUrl: (url: string) => Promise<void>;
  notify: (text: string, tone?: MessageTone) => void;
  // Rows of the help overlay, to page and clamp its scrolling.
  helpRows: number;
  helpMaxOffset: number;
};

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

type BoardCommand = HandledBy<'board', 'board'>;

function boardHandlers(state: BoardState, deps: BoardKeyDeps): KeyHandlers<BoardCommand> {
  const move = (command: BoardCommand) => () => deps.dispatch({type: 'move', command});
  const view = (kind: ViewKind) => () => deps.dispatch({type: 'open-view', kind});
  return {
    'stage-prev': move('stage-prev'),
    'stage-next': move('stage-next'),
    'stage-cycle-next': move('stage-cycle-next'),
    'stage-cycle-prev': move('stage-cycle-prev'),
    'app-prev': move('app-prev'),
    'app-next': move('app-next'),
    'app-first': move('app-first'),
    'app-last': move('app-last'),
    'page-up': move('page-up'),
    'page-down': move('page-down'),
    diff: view('diff'),
    promote: view('promote'),
    history: view('history'),
    drift: view('drift'),
    logs: view('logs'),
    verify: view('verify'),
    refresh: () => {
      deps.notify('Refreshing…');
      deps.refresh();
    },
    filter: () => deps.dispatch({type: 'filter-start'}),
    open: () => openApp(state, deps),
    help: () => deps.dispatch({type: 'help-toggle'}),
    back: () => (state.filter === '' && deps.leave ? deps.leave() : deps.dispatch({type: 'back'})),
    quit: deps.quit,
    'add-app': view('add-app'),
    'move-app': view('move-app'),
    'remove-app': view('remove-app'),
    'rename-pipeline': view('rename-pipeline'),
    'destroy-pipeline': view('destroy-pipeline'),
    maintenance: view('maintenance'),
  };
}

function filterHandlers(deps: BoardKeyDeps): KeyHandlers<HandledBy<'board', 'filter'>> {
  return {
    'app-prev': () => deps.dispatch({type: 'move', command: 'app-prev'}),
    'app-next': () => deps.dispatch({type: 'move', command: 'app-next'}),
    'filter-accept': () => deps.dispatch({type: 'filter-accept'}),
    back: () => deps.dispatch({type: 'back'}),
  };
}

function helpHandlers(
  state: BoardState,
  deps: BoardKeyDeps,
): KeyHandlers<HandledBy<'board', 'help'>> {
  const scroll = (delta: number) => () => {
    const target = Math.min(deps.helpMaxOffset, Math.max(0, state.helpOffset + delta));
    deps.dispatch({type: 'help-scroll', delta: target - state.helpOffset});
  };
  return {
    'app-prev': scroll(-1),
    'app-next': scroll(1),
    'page-up': scroll(-deps.helpRows),
    'page-down': scroll(deps.helpRows),
    'app-first': scroll(-Infinity),
    'app-last': scroll(Infinity),
    help: () => deps.dispatch({type: 'back'}),
    back: () => deps.dispatch({type: 'back'}),
  };
}

function handleKey(input: string, key: Key, deps: BoardKeyDeps) {
  const state = deps.current();
  const mode = keymapMode(state);
  // q on the board; Ctrl-C anywhere, when Ink leaves it to the program (a test renders
  // without exitOnCtrlC).
  if (dispatchKey(mode, input, key, {quit: deps.quit}) === 'quit') return;
  const refuse = (reason: string) => deps.notify(reason, 'warning');
  const context = boardKeyContext(state);
  if (mode === 'board') {
    dispatchKey(mode, input, key, boardHandlers(state, deps), {context, refuse});
  } else if (mode === 'help') {
    dispatchKey(mode, input, key, helpHandlers(state, deps));
  } else if (mode === 'filter' && dispatchKey(mode, input, key, filterHandlers(deps)) === null) {
    const text = editFilter(state, input, key);
    if (text !== null) deps.dispatch({type: 'filter-text', text});
  }
}

function openApp(state: BoardState, deps: BoardKeyDeps) {
  const app = selectedApp(state);
  if (app?.webUrl) openPage(deps.openUrl, app.webUrl, deps.notify);
}

// The board's hint line: the keys of its mode that work where the cursor is.
export function boardHints(state: BoardState, width: number): string {
  const mode = state.mode === 'filter' || state.mode === 'help' ? state.mode : 'board';
  // With a filter set, Esc clears it (the filter line says so) before it leaves the board.
  const handled = handledBy('board', mode).filter(
    (command) => !(mode === 'board' && state.filter !== '' && command === 'back'),
  );
  return hintsFor(mode, width, {context: boardKeyContext(state), handled});
}
