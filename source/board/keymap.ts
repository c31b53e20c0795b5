// The one table of keys, lazygit style: a binding carries its keys, its command, its words,
// the modes where it is active and why it is refused where the cursor is. Every key handler
// dispatches through it (key-dispatch.ts), against the commands its place declares
// (ui/key-handlers.ts); the hint lines (key-hints.ts), the help overlay and the README table
// are drawn from it, so a key documented is a key that works.

import {
  diffReason,
  driftReason,
  needsApp,
  notesReason,
  olderReleaseReason,
  openReason,
  pairReason,
  paneReason,
  promoteReason,
  rollbackReason,
  settledReason,
  verifyReason,
} from './key-reasons.js';
import {moveReason} from './setup-key-reasons.js';
import {
  ALL_MODES,
  MODE_NAMES,
  type Command,
  type InkKeyLike,
  type KeyBinding,
  type Mode,
} from './keymap-types.js';

export {ALL_MODES, MODE_NAMES} from './keymap-types.js';
export type {Command, InkKeyLike, KeyBinding, Mode} from './keymap-types.js';

type Extra = Partial<Pick<KeyBinding, 'dangerous' | 'hint' | 'hintKeys' | 'disabled'>>;

function bind(
  command: Command,
  keys: string[],
  description: string,
  modes: Mode[],
  extra: Extra = {},
): KeyBinding {
  return {command, keys, description, modes, dangerous: false, ...extra};
}

const BOARD: Mode[] = ['board'];
// Scrolling keys also move through the help, the diff and the dialogs' lists.
const LISTS: Mode[] = ['board', 'help', 'diff', 'dialog', 'picker'];
const LOGS: Mode[] = ['logs'];

export const KEYMAP: readonly KeyBinding[] = [
  bind('stage-prev', ['←', 'h'], 'previous stage', BOARD),
  bind('stage-next', ['→', 'l'], 'next stage', BOARD, {hint: 'stage', hintKeys: '←→'}),
  bind('stage-cycle-next', ['Tab'], 'next stage, wrapping around', BOARD),
  bind('stage-cycle-prev', ['Shift-Tab'], 'previous stage, wrapping around', BOARD),
  bind('app-prev', ['↑', 'k'], 'previous app in the stage', [...LISTS, 'filter']),
  bind('app-next', ['↓', 'j'], 'next app in the stage', [...LISTS, 'filter'], {
    hint: {
      board: 'app',
      filter: 'app',
      help: 'scroll',
      diff: 'scroll',
      dialog: 'move',
      picker: 'move',
    },
    hintKeys: '↑↓',
  }),
  bind('app-first', ['g', 'Home'], 'first app', LISTS),
  bind('app-last', ['G', 'End'], 'last app', LISTS),
  bind('page-up', ['PgUp'], 'one page up', LISTS),
  bind('page-down', ['PgDn'], 'one page down', LISTS),
  bind('diff', ['Enter', 'd'], 'diff against the next stage', BOARD, {
    hint: 'diff',
    hintKeys: '⏎',
    disabled: diffReason,
  }),
  bind('promote', ['p'], 'promote to the next stage', BOARD, {
    hint: 'promote',
    dangerous: true,
    disabled: promoteReason,
  }),
  bind('history', ['v'], 'release versions: history, rollback, promote an older release', BOARD, {
    hint: 'releases',
    disabled: needsApp,
  }),
  bind('drift', ['c'], 'drift between this stage and the next', BOARD, {
    hint: 'drift',
    disabled: driftReason,
  }),
  bind('refresh', ['r'], 'refresh now; retry a failed start now', [...BOARD, 'notice'], {
    hint: {board: 'refresh', notice: 'retry'},
  }),
  bind('filter', ['/'], 'filter apps by name; Esc clears', BOARD, {hint: 'filter'}),
  bind('filter-accept', ['Enter'], 'keep the filter and return to the board', ['filter'], {
    hint: 'keep',
    hintKeys: '⏎',
  }),
  bind('open', ['o'], 'open the app / compare page in the browser', ['board', 'diff'], {
    hint: 'open',
    disabled: openReason,
  }),
  // In the help itself, ? closes it: Esc back says so already.
  bind('help', ['?'], 'help: every key', ['board', 'help'], {hint: {board: 'help'}}),
  bind('back', ['Esc', 'q'], 'back', ['filter', 'help', 'diff', 'dialog', 'notice'], {
    hint: {filter: 'back', help: 'back', diff: 'back', dialog: 'back', notice: 'quit'},
    hintKeys: 'Esc',
  }),
  bind('back', ['Esc'], 'clear the filter, else back to the overview of every pipeline', BOARD, {
    hint: 'pipelines',
  }),
  bind('back', ['Esc'], 'clear what is typed, or quit', ['picker'], {hint: 'quit'}),
  bind('choose', ['Enter'], 'open the highlighted pipeline', ['picker'], {
    hint: 'open',
    hintKeys: '⏎',
  }),
  bind('quit', ['q'], 'quit, when nothing is typed', ['picker']),
  bind('sort', ['Tab'], 'sort the overview: most waiting, name, last promotion', ['picker'], {
    hint: 'sort',
  }),
  bind(
    'refresh',
    ['Ctrl-R'],
    'refresh the overview: one conditional request per pipeline',
    ['picker'],
    {hint: 'refresh'},
  ),
  bind(
    'switch-pair',
    ['←', '→', 'Tab', 'Shift-Tab', 'h', 'l'],
    'switch between compared apps (← h Shift-Tab go back)',
    ['diff'],
    {hint: 'pair', hintKeys: '←→', disabled: pairReason},
  ),
  bind(
    'switch-button',
    ['←', '→', 'Tab', 'Shift-Tab', 'h', 'l'],
    'promote dialog: move between Cancel and Promote',
    ['dialog'],
    {hint: 'button', hintKeys: '←→'},
  ),
  bind('toggle-target', ['Space'], 'promote dialog: toggle a target', ['dialog'], {
    hint: 'toggle',
  }),
  bind(
    'choose',
    ['Enter'],
    'choose the highlighted button; close a finished promotion or a notice; send text',
    ['dialog', 'notice', 'typing'],
    {hint: {dialog: 'choose', notice: 'continue'}, hintKeys: '⏎', disabled: settledReason},
  ),
  bind(
    'rollback',
    ['r'],
    'roll back: to the highlighted release; after a promotion, to the one before',
    ['dialog'],
    {
      dangerous: true,
      hint: 'roll back',
      disabled: rollbackReason,
    },
  ),
  bind('promote-release', ['p'], 'release history: promote the highlighted release', ['dialog'], {
    dangerous: true,
    hint: 'promote this release',
    disabled: olderReleaseReason,
  }),
  bind('wave-later', ['w'], 'promote dialog: move a target to a later wave', ['dialog'], {
    hint: 'wave',
  }),
  bind('wave-earlier', ['W'], 'promote dialog: move a target to an earlier wave', ['dialog']),
  bind('replan', ['u'], 'promote dialog: review the newer release the source runs now', ['dialog']),
  bind('replan', ['Ctrl-R'], 'typed confirmation: review the newer release the source runs now', [
    'confirm',
    'typing',
  ]),
  bind(
    'maintenance-first',
    ['m'],
    'promote dialog: turn maintenance mode on for the targets before promoting',
    ['dialog'],
  ),
  bind(
    'maintenance',
    ['M'],
    'maintenance mode on or off (production asks for its name typed)',
    BOARD,
    {
      dangerous: true,
      disabled: needsApp,
    },
  ),
  bind(
    'copy-notes',
    ['n'],
    'copy the release notes (Markdown) to the clipboard: diff view, finished promotion',
    ['diff', 'dialog'],
    {hint: 'copy notes', disabled: notesReason},
  ),
  bind(
    'confirm-yes',
    ['y', 'Y'],
    'yes: go ahead (production and destroys ask for the name typed)',
    ['confirm'],
  ),
  bind('back', ['Esc', 'q', 'n', 'N', 'Enter'], 'cancel', ['confirm']),
  bind('back', ['Esc'], 'cancel', ['typing']),
  bind('new-pipeline', ['Ctrl-N'], 'create a pipeline (owner: you or a team)', ['picker'], {
    hint: 'new pipeline',
    hintKeys: '^N',
  }),
  bind('add-app', ['a'], 'setup: add an app in no pipeline to this stage', BOARD, {hint: 'add'}),
  bind('move-app', ['m'], 'setup: move the app to another stage', BOARD, {
    disabled: moveReason,
  }),
  bind('remove-app', ['x'], 'setup: remove the app from the pipeline (the app is kept)', BOARD, {
    dangerous: true,
    disabled: needsApp,
  }),
  bind('rename-pipeline', ['R'], 'setup: rename the pipeline', BOARD),
  bind('destroy-pipeline', ['D'], 'setup: destroy the pipeline (its apps are kept)', BOARD, {
    dangerous: true,
  }),
  bind('logs', ['L'], 'logs of the app, beside staging or production when wide enough', BOARD, {
    hint: 'logs',
    disabled: needsApp,
  }),
  bind('verify', ['V'], 'verify production: figures, dyno rollout, verdict', BOARD, {
    hint: 'verify',
    disabled: verifyReason,
  }),
  bind('app-prev', ['↑', 'k'], 'logs: a line back', LOGS),
  bind('app-next', ['↓', 'j'], 'logs: a line on', LOGS, {hint: 'scroll', hintKeys: '↑↓'}),
  bind('page-up', ['PgUp'], 'logs: a page back', LOGS),
  bind('page-down', ['PgDn'], 'logs: a page on', LOGS),
  bind('app-first', ['g', 'Home'], 'logs: the oldest line kept', LOGS),
  bind('app-last', ['G', 'End'], 'logs: follow the tail again', LOGS),
  bind(
    'switch-pane',
    ['Tab', 'Shift-Tab'],
    'logs, verification: the other app',
    ['logs', 'verify'],
    {hint: 'switch', disabled: paneReason},
  ),
  bind('log-pause', ['Space', 'p'], 'logs: pause or resume', LOGS, {hint: 'pause'}),
  bind('log-type', ['t'], 'logs: one process type (web, worker, router), then all', LOGS, {
    hint: 'type',
  }),
  bind('log-dyno', ['d'], 'logs: one dyno (each seen in turn), then all', LOGS, {hint: 'dyno'}),
  bind('log-search', ['/'], 'logs: lines with a text; Enter keeps it, Esc clears', LOGS, {
    hint: 'search',
  }),
  bind('log-clear', ['c'], 'logs: clear the filters', LOGS, {hint: 'clear'}),
  bind(
    'window-longer',
    ['+', '='],
    'verification: the window a minute longer',
    ['dialog', 'verify'],
    {hint: {verify: 'window'}, hintKeys: '+-'},
  ),
  bind('window-shorter', ['-'], 'verification: the window a minute shorter', ['dialog', 'verify']),
  bind('rollback', ['r'], 'verification: roll the app back to its release before', ['verify'], {
    dangerous: true,
    hint: 'roll back',
  }),
  bind('back', ['Esc', 'q'], 'back to the board', ['logs', 'verify'], {
    hint: 'back',
    hintKeys: 'Esc',
  }),
  bind('quit', ['q'], 'quit', BOARD, {hint: 'quit'}),
  bind('quit', ['Ctrl-C'], 'quit from anywhere', ALL_MODES),
];

// Modes where typed characters are text (a filter, a typed confirmation), not commands.
const TEXT_MODES: ReadonlySet<Mode> = new Set(['filter', 'typing', 'picker']);

// The display name of a key press, in the vocabulary of KEYMAP's `keys`.
export function keyName(input: string, key: InkKeyLike): string | null {
  if (key.ctrl && input.length === 1) return `Ctrl-${input.toUpperCase()}`;
  if (key.upArrow) return '↑';
  if (key.downArrow) return '↓';
  if (key.leftArrow) return '←';
  if (key.rightArrow) return '→';
  if (key.pageUp) return 'PgUp';
  if (key.pageDown) return 'PgDn';
  if (key.home) return 'Home';
  if (key.end) return 'End';
  if (key.return) return 'Enter';
  if (key.escape) return 'Esc';
  if (key.tab) return key.shift ? 'Shift-Tab' : 'Tab';
  if (key.backspace || key.delete) return 'Backspace';
  if (input === ' ') return 'Space';
  if (input.length === 1 && !key.meta) return input;
  return null;
}

// The binding a key press means in a mode, if any.
export function bindingFor(input: string, key: InkKeyLike, mode: Mode): KeyBinding | null {
  const name = keyName(input, key);
  if (name === null) return null;
  // A typed character is its own name; special keys have names their input lacks.
  if (TEXT_MODES.has(mode) && (name === input || input === ' ')) return null;
  return KEYMAP.find((b) => b.modes.includes(mode) && b.keys.includes(name)) ?? null;
}

export function commandFor(input: string, key: InkKeyLike, mode: Mode): Command | null {
  return bindingFor(input, key, mode)?.command ?? null;
}

export function keysLabel(binding: KeyBinding): string {
  return binding.keys.join(' / ');
}

// The README's key table, generated so it cannot drift from what the program does.
export function keymapMarkdown(): string {
  const rows = KEYMAP.map((b) => {
    const keys = b.keys.map((k) => `\`${k === '|' ? '\\|' : k}\``).join(' / ');
    const where =
      b.modes.length === ALL_MODES.length
        ? ''
        : ` (${b.modes.map((m) => MODE_NAMES[m]).join(', ')})`;
    return `| ${keys} | ${b.description}${where} |`;
  });
  return ['| key | action |', '|---|---|', ...rows].join('\n') + '\n';
}
