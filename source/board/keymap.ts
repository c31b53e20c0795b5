// The one table of keys. The board's key router, the views' and dialogs' key handlers, the
// help overlay, the status-bar hints and the README table all read it, so a key documented
// is a key that works.

// dialog: the promote dialog, release history and promotion progress (lists and buttons);
// confirm: the y/n question; typing: a field that takes text (typed app name, two-factor code).
export type Mode =
  'board' | 'filter' | 'help' | 'diff' | 'dialog' | 'confirm' | 'typing' | 'picker';

export type Command =
  | 'stage-prev'
  | 'stage-next'
  | 'stage-cycle-next'
  | 'stage-cycle-prev'
  | 'app-prev'
  | 'app-next'
  | 'app-first'
  | 'app-last'
  | 'page-up'
  | 'page-down'
  | 'diff'
  | 'promote'
  | 'history'
  | 'drift'
  | 'refresh'
  | 'filter'
  | 'filter-accept'
  | 'open'
  | 'help'
  | 'back'
  | 'quit'
  | 'switch-pair'
  | 'switch-button'
  | 'toggle-target'
  | 'choose'
  | 'confirm-yes'
  | 'rollback'
  | 'promote-release';

export type KeyBinding = {
  command: Command;
  keys: string[]; // display names, also what commandFor matches against
  description: string;
  modes: Mode[];
  dangerous: boolean;
  hint?: string; // short status-bar label; bindings without one stay out of the hints
  hintKeys?: string; // the hint's key label when it is not the first key (e.g. '←→')
};

// Ink's `Key`, structurally, so this pure module does not import Ink.
export type InkKeyLike = {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  backspace?: boolean;
  delete?: boolean;
};

// Where a mode is, in words, for the help overlay and the README.
export const MODE_NAMES: Record<Mode, string> = {
  board: 'the board',
  filter: 'the filter',
  help: 'help',
  diff: 'diff and drift',
  dialog: 'dialogs',
  confirm: 'y/n questions',
  typing: 'text fields',
  picker: 'the picker',
};

const ALL_MODES: Mode[] = [
  'board',
  'filter',
  'help',
  'diff',
  'dialog',
  'confirm',
  'typing',
  'picker',
];

type Extra = Partial<Pick<KeyBinding, 'dangerous' | 'hint' | 'hintKeys'>>;

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
    hint: 'app',
    hintKeys: '↑↓',
  }),
  bind('app-first', ['g', 'Home'], 'first app', LISTS),
  bind('app-last', ['G', 'End'], 'last app', LISTS),
  bind('page-up', ['PgUp'], 'one page up', LISTS),
  bind('page-down', ['PgDn'], 'one page down', LISTS),
  bind('diff', ['Enter', 'd'], 'diff against the next stage', BOARD, {hint: 'diff', hintKeys: '⏎'}),
  bind('promote', ['p'], 'promote to the next stage', BOARD, {hint: 'promote', dangerous: true}),
  bind('history', ['v'], 'release versions: history, rollback, promote an older release', BOARD, {
    hint: 'releases',
  }),
  bind('drift', ['c'], 'drift between this stage and the next', BOARD, {hint: 'drift'}),
  bind('refresh', ['r'], 'refresh now', BOARD, {hint: 'refresh'}),
  bind('filter', ['/'], 'filter apps by name; Esc clears', BOARD, {hint: 'filter'}),
  bind('filter-accept', ['Enter'], 'keep the filter and return to the board', ['filter'], {
    hint: 'keep',
    hintKeys: '⏎',
  }),
  bind('open', ['o'], 'open the app / compare page in the browser', ['board', 'diff'], {
    hint: 'open',
  }),
  bind('help', ['?'], 'help: every key', ['board', 'help'], {hint: 'help'}),
  bind('back', ['Esc', 'q'], 'back', ['filter', 'help', 'diff', 'dialog'], {
    hint: 'back',
    hintKeys: 'Esc',
  }),
  bind('back', ['Esc'], 'clear the filter', BOARD),
  bind('back', ['Esc'], 'clear what is typed, or quit', ['picker']),
  bind('choose', ['Enter'], 'open the highlighted pipeline', ['picker']),
  bind('quit', ['q'], 'quit, when nothing is typed', ['picker']),
  bind('switch-pair', ['←', '→', 'Tab'], 'switch between compared apps', ['diff']),
  bind(
    'switch-button',
    ['←', '→', 'Tab', 'Shift-Tab', 'h', 'l'],
    'promote dialog: move between Cancel and Promote',
    ['dialog'],
  ),
  bind('toggle-target', ['Space'], 'promote dialog: toggle a target', ['dialog']),
  bind('choose', ['Enter'], 'choose the highlighted button; close a finished promotion', [
    'dialog',
  ]),
  bind('rollback', ['r'], 'release history: roll back to the highlighted release', ['dialog'], {
    dangerous: true,
  }),
  bind('promote-release', ['p'], 'release history: promote the highlighted release', ['dialog'], {
    dangerous: true,
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

export function commandFor(input: string, key: InkKeyLike, mode: Mode): Command | null {
  const name = keyName(input, key);
  if (name === null) return null;
  // A typed character is its own name; special keys have names their input lacks.
  if (TEXT_MODES.has(mode) && (name === input || input === ' ')) return null;
  const binding = KEYMAP.find((b) => b.modes.includes(mode) && b.keys.includes(name));
  return binding?.command ?? null;
}

function hintLabel(binding: KeyBinding): string {
  return `${binding.hintKeys ?? binding.keys[0] ?? ''} ${binding.hint ?? ''}`;
}

// The status-bar hints of a mode, dropped from the end until they fit; the help hint
// is kept to the last because it leads to all the others.
export function hintsFor(mode: Mode, width: number): string {
  const hinted = KEYMAP.filter((b) => b.hint && b.modes.includes(mode));
  const help = hinted.find((b) => b.command === 'help');
  const rest = hinted.filter((b) => b !== help);
  const separator = '  ';
  const tail = help ? hintLabel(help) : '';
  const parts: string[] = [];
  let used = tail.length;
  for (const binding of rest) {
    const label = hintLabel(binding);
    const extra = label.length + (parts.length > 0 || tail ? separator.length : 0);
    if (used + extra > width) break;
    parts.push(label);
    used += extra;
  }
  if (tail && tail.length <= width) parts.push(tail);
  return parts.join(separator);
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
