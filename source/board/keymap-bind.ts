// How a line of the key table is written, and the mode sets the table's parts share.
import type {Command, KeyBinding, Mode} from './keymap-types.js';

type Extra = Partial<Pick<KeyBinding, 'dangerous' | 'hint' | 'hintKeys' | 'disabled'>>;

export function bind(
  command: Command,
  keys: string[],
  description: string,
  modes: Mode[],
  extra: Extra = {},
): KeyBinding {
  return {command, keys, description, modes, dangerous: false, ...extra};
}

export const BOARD: Mode[] = ['board'];
// Scrolling keys also move through the help, the diff and the dialogs' lists.
export const LISTS: Mode[] = ['board', 'help', 'diff', 'dialog', 'picker'];
export const LOGS: Mode[] = ['logs'];
