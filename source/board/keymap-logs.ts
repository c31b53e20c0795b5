// Part of the key table, joined in order by keymap.ts:
// Logs and production verification, and the board keys that open them.
import {needsApp, paneReason, verifyReason} from './key-reasons.js';
import {bind, BOARD, LOGS} from './keymap-bind.js';
import type {KeyBinding} from './keymap-types.js';

export const LOGS_KEYS: readonly KeyBinding[] = [
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
];
