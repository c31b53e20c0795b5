// Part of the key table, joined in order by keymap.ts:
// The board, its filter and the overview of pipelines (the picker); the scrolling keys the
// lists share.
import {diffReason, driftReason, needsApp, openReason, promoteReason} from './key-reasons.js';
import {bind, BOARD, LISTS} from './keymap-bind.js';
import type {KeyBinding} from './keymap-types.js';

export const BOARD_KEYS: readonly KeyBinding[] = [
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
];
