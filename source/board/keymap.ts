// The one table of keys, lazygit style: a binding carries its keys, its command, its words,
// the modes where it is active and why it is refused where the cursor is. Every key handler
// dispatches through it (key-dispatch.ts), against the commands its place declares
// (ui/key-handlers.ts); the hint lines (key-hints.ts), the help overlay and the README table
// are drawn from it, so a key documented is a key that works.

import {BOARD, bind} from './keymap-bind.js';
import {BOARD_KEYS} from './keymap-board.js';
import {DIALOG_KEYS} from './keymap-dialog.js';
import {LOGS_KEYS} from './keymap-logs.js';
import {SETUP_KEYS} from './keymap-setup.js';
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

// The table in order (help, hints and the README list it so), by area in keymap-*.ts.
export const KEYMAP: readonly KeyBinding[] = [
  ...BOARD_KEYS,
  ...DIALOG_KEYS,
  ...SETUP_KEYS,
  ...LOGS_KEYS,
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

// The keys of a two-way binding (←→, Tab and Shift-Tab, h and l) that go back.
const BACKWARD: ReadonlySet<string> = new Set(['←', 'h', 'Shift-Tab']);

// One step of a two-way binding: -1 for a key that goes back, 1 for the others.
export function stepOf(input: string, key: InkKeyLike): 1 | -1 {
  return BACKWARD.has(keyName(input, key) ?? '') ? -1 : 1;
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
