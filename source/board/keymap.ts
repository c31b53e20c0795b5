// The one table of keys, lazygit style: a binding carries its keys, its command, its words,
// the modes where it is active and why it is refused where the cursor is. Every key handler
// dispatches through it (key-dispatch.ts), against the commands its place declares
// (ui/key-handlers.ts); the hint lines (key-hints.ts), the help overlay and the README table
// are drawn from it, so a key documented is a key that works.

import {
  diffReason,
  driftReason,
  needsApp,
  olderReleaseReason,
  openReason,
  pairReason,
  promoteReason,
  settledReason,
} from './key-reasons.js';
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
  bind('help', ['?'], 'help: every key', ['board', 'help'], {hint: 'help'}),
  bind('back', ['Esc', 'q'], 'back', ['filter', 'help', 'diff', 'dialog', 'notice'], {
    hint: {filter: 'back', help: 'back', diff: 'back', dialog: 'back', notice: 'quit'},
    hintKeys: 'Esc',
  }),
  bind('back', ['Esc'], 'clear the filter', BOARD),
  bind('back', ['Esc'], 'clear what is typed, or quit', ['picker'], {hint: 'quit'}),
  bind('choose', ['Enter'], 'open the highlighted pipeline', ['picker'], {
    hint: 'open',
    hintKeys: '⏎',
  }),
  bind('quit', ['q'], 'quit, when nothing is typed', ['picker']),
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
  bind('rollback', ['r'], 'release history: roll back to the highlighted release', ['dialog'], {
    dangerous: true,
    hint: 'roll back',
  }),
  bind('promote-release', ['p'], 'release history: promote the highlighted release', ['dialog'], {
    dangerous: true,
    hint: 'promote this release',
    disabled: olderReleaseReason,
  }),
  bind(
    'confirm-yes',
    ['y', 'Y'],
    'yes: promote or roll back (production asks for its name typed)',
    ['confirm'],
  ),
  bind('back', ['Esc', 'q', 'n', 'N', 'Enter'], 'cancel', ['confirm']),
  bind('back', ['Esc'], 'cancel', ['typing']),
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
