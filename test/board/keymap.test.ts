import {describe, expect, it} from 'vitest';
import {
  KEYMAP,
  commandFor,
  keyName,
  keymapMarkdown,
  type InkKeyLike,
  type Mode,
} from '../../source/board/keymap.js';
import {hintsFor} from '../../source/board/key-hints.js';

const none: InkKeyLike = {};

describe('commandFor', () => {
  it.each([
    ['', {leftArrow: true}, 'board', 'stage-prev'],
    ['h', none, 'board', 'stage-prev'],
    ['', {rightArrow: true}, 'board', 'stage-next'],
    ['l', none, 'board', 'stage-next'],
    ['', {tab: true}, 'board', 'stage-cycle-next'],
    ['', {tab: true, shift: true}, 'board', 'stage-cycle-prev'],
    ['', {upArrow: true}, 'board', 'app-prev'],
    ['k', none, 'board', 'app-prev'],
    ['', {downArrow: true}, 'board', 'app-next'],
    ['j', none, 'board', 'app-next'],
    ['g', none, 'board', 'app-first'],
    ['G', {shift: true}, 'board', 'app-last'],
    ['', {return: true}, 'board', 'diff'],
    ['d', none, 'board', 'diff'],
    ['p', none, 'board', 'promote'],
    ['v', none, 'board', 'history'],
    ['c', none, 'board', 'drift'],
    ['r', none, 'board', 'refresh'],
    ['/', none, 'board', 'filter'],
    ['o', none, 'board', 'open'],
    ['?', none, 'board', 'help'],
    ['', {escape: true, meta: true}, 'board', 'back'],
    ['q', none, 'board', 'quit'],
    ['c', {ctrl: true}, 'board', 'quit'],
    // In the filter typed letters are text, not commands.
    ['j', none, 'filter', null],
    ['q', none, 'filter', null],
    ['', {downArrow: true}, 'filter', 'app-next'],
    ['', {return: true}, 'filter', 'filter-accept'],
    ['', {escape: true}, 'filter', 'back'],
    ['c', {ctrl: true}, 'filter', 'quit'],
    // Help: q and Esc go back, ? closes too.
    ['q', none, 'help', 'back'],
    ['?', none, 'help', 'help'],
    ['p', none, 'help', null],
    // Dialogs: lists, buttons and targets; Ctrl-C still quits.
    ['c', {ctrl: true}, 'dialog', 'quit'],
    ['y', none, 'dialog', null],
    ['j', none, 'dialog', 'app-next'],
    ['', {tab: true}, 'dialog', 'switch-button'],
    ['h', none, 'dialog', 'switch-button'],
    ['', {tab: true, shift: true}, 'dialog', 'switch-button'],
    [' ', none, 'dialog', 'toggle-target'],
    ['', {return: true}, 'dialog', 'choose'],
    ['r', none, 'dialog', 'rollback'],
    ['p', none, 'dialog', 'promote-release'],
    ['', {escape: true}, 'dialog', 'back'],
    // The y/n question: only y says yes.
    ['y', none, 'confirm', 'confirm-yes'],
    ['Y', {shift: true}, 'confirm', 'confirm-yes'],
    ['n', none, 'confirm', 'back'],
    ['N', {shift: true}, 'confirm', 'back'],
    ['', {return: true}, 'confirm', 'back'],
    ['x', none, 'confirm', null],
    // A text field takes every character, the space too; Esc cancels.
    ['y', none, 'typing', null],
    ['q', none, 'typing', null],
    [' ', none, 'typing', null],
    [' ', none, 'filter', null],
    ['', {escape: true}, 'typing', 'back'],
    ['', {tab: true}, 'diff', 'switch-pair'],
    // The picker types into its filter; q quits only when nothing is typed, which the
    // picker itself knows.
    ['q', none, 'picker', null],
    ['j', none, 'picker', null],
    ['', {downArrow: true}, 'picker', 'app-next'],
    ['', {end: true}, 'picker', 'app-last'],
    ['', {return: true}, 'picker', 'choose'],
    ['', {escape: true}, 'picker', 'back'],
    ['c', {ctrl: true}, 'picker', 'quit'],
    ['q', none, 'diff', 'back'],
    ['z', none, 'board', null],
    ['a', none, 'board', 'add-app'],
    ['m', none, 'board', 'move-app'],
    ['x', none, 'board', 'remove-app'],
    ['R', {shift: true}, 'board', 'rename-pipeline'],
    ['D', {shift: true}, 'board', 'destroy-pipeline'],
    ['n', {ctrl: true}, 'picker', 'new-pipeline'],
    ['n', none, 'picker', null],
    ['a', none, 'filter', null],
  ] as const)('%j %j in %s -> %s', (input, key, mode, command) => {
    expect(commandFor(input, key, mode as Mode)).toBe(command);
  });

  it('names keys the way the table does', () => {
    expect(keyName('', {pageDown: true})).toBe('PgDn');
    expect(keyName('', {backspace: true})).toBe('Backspace');
    expect(keyName('x', {meta: true})).toBeNull();
  });

  it('every key in the table is reachable in its modes', () => {
    for (const binding of KEYMAP) {
      for (const mode of binding.modes) {
        for (const name of binding.keys) {
          const first = KEYMAP.find((b) => b.modes.includes(mode) && b.keys.includes(name));
          // A key may only appear twice in one mode when both entries mean the same command.
          expect(first?.command, `${name} in ${mode}`).toBe(binding.command);
        }
      }
    }
  });
});

describe('hintsFor', () => {
  it.each([10, 20, 40, 60, 80, 120, 200])('fits %i columns and keeps the help hint', (width) => {
    const hints = hintsFor('board', width);
    expect(hints.length).toBeLessThanOrEqual(width);
    expect(hints).toContain('? help');
  });

  it('shows the main board keys when there is room', () => {
    const hints = hintsFor('board', 200);
    for (const label of [
      '←→ stage',
      '↑↓ app',
      '⏎ diff',
      'p promote',
      'r refresh',
      '/ filter',
      'q quit',
    ]) {
      expect(hints).toContain(label);
    }
  });

  it('shows the filter keys in the filter', () => {
    expect(hintsFor('filter', 80)).toContain('⏎ keep');
    expect(hintsFor('filter', 80)).toContain('Esc back');
    expect(hintsFor('filter', 80)).not.toContain('promote');
  });
});

describe('keymapMarkdown', () => {
  it('is a table with one row per binding', () => {
    const markdown = keymapMarkdown();
    const lines = markdown.trim().split('\n');
    expect(lines[0]).toBe('| key | action |');
    expect(lines[1]).toBe('|---|---|');
    expect(lines).toHaveLength(KEYMAP.length + 2);
    for (const binding of KEYMAP) expect(markdown).toContain(binding.description);
    expect(markdown).toContain('`Ctrl-C`');
    expect(markdown).toContain('`Enter` / `d`');
  });

  it('marks promotion, rollback and the setup removals as the dangerous bindings they are', () => {
    expect(KEYMAP.filter((b) => b.dangerous).map((b) => b.command)).toEqual([
      'promote',
      'rollback',
      'promote-release',
      'maintenance',
      'remove-app',
      'destroy-pipeline',
      // verification's r: the release before the promotion
      'rollback',
    ]);
  });
});
