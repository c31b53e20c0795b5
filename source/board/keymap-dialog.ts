// Part of the key table, joined in order by keymap.ts:
// The diff, the promote and release dialogs, confirmations and notices.
import {
  needsApp,
  notesReason,
  olderReleaseReason,
  pairReason,
  rollbackReason,
  settledReason,
} from './key-reasons.js';
import {bind, BOARD} from './keymap-bind.js';
import type {KeyBinding} from './keymap-types.js';

export const DIALOG_KEYS: readonly KeyBinding[] = [
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
    'promote dialog: move between Cancel and Promote; verification under it: another target',
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
];
