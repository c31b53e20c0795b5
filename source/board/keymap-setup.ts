// Part of the key table, joined in order by keymap.ts:
// Pipeline setup: create, add, move, remove, rename, destroy.
import {needsApp} from './key-reasons.js';
import {moveReason} from './setup-key-reasons.js';
import {bind, BOARD} from './keymap-bind.js';
import type {KeyBinding} from './keymap-types.js';

export const SETUP_KEYS: readonly KeyBinding[] = [
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
];
