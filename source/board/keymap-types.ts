// The vocabulary of the key table: its modes, commands and bindings.

import type {DisabledReason} from './key-reasons.js';

// dialog: the promote dialog, release history and promotion progress (lists and buttons);
// confirm: the y/n question; typing: a field that takes text (typed app name, two-factor code);
// notice: a screen with one way on (an error that ends the program, a login that went well).
// logs: the log panes; verify: the verification panel.
export type Mode =
  | 'board'
  | 'filter'
  | 'help'
  | 'diff'
  | 'dialog'
  | 'confirm'
  | 'typing'
  | 'picker'
  | 'notice'
  | 'logs'
  | 'verify';

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
  | 'promote-release'
  | 'copy-notes'
  | 'new-pipeline'
  | 'add-app'
  | 'move-app'
  | 'remove-app'
  | 'rename-pipeline'
  | 'destroy-pipeline'
  | 'logs'
  | 'verify'
  | 'log-pause'
  | 'log-type'
  | 'log-dyno'
  | 'log-search'
  | 'log-clear'
  | 'switch-pane'
  | 'window-longer'
  | 'window-shorter'
  | 'sort'
  | 'wave-later'
  | 'wave-earlier'
  | 'replan'
  | 'maintenance'
  | 'maintenance-first';

export type KeyBinding = {
  command: Command;
  keys: string[]; // display names, also what commandFor matches against
  description: string;
  modes: Mode[];
  dangerous: boolean;
  // Short hint-line label, or one per mode; bindings without one stay out of the hints.
  hint?: string | Partial<Record<Mode, string>>;
  hintKeys?: string; // the hint's key label when it is not the first key (e.g. '←→')
  // Why the command is refused where the cursor is; a refused key is not offered in hints.
  disabled?: DisabledReason;
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
  picker: 'the overview',
  notice: 'notices',
  logs: 'logs',
  verify: 'verification',
};

export const ALL_MODES: Mode[] = [
  'board',
  'filter',
  'help',
  'diff',
  'dialog',
  'confirm',
  'typing',
  'picker',
  'notice',
  'logs',
  'verify',
];
