import {describe, expect, it, vi} from 'vitest';
import {
  boardKeyContext,
  boardReducer,
  initialBoardState,
  type BoardState,
} from '../../source/board/board-state.js';
import {dispatchKey} from '../../source/board/key-dispatch.js';
import {hintsFor, offeredKey, offeredKeys} from '../../source/board/key-hints.js';
import type {KeyContext} from '../../source/board/key-reasons.js';
import {KEYMAP, type Command, type Mode} from '../../source/board/keymap.js';
import {makeApp, makeBoard, sampleBoard} from '../ui/fixtures.js';

// The reason the table gives for a command in a mode, where the context is.
function reason(mode: Mode, command: Command, context: KeyContext): string | null {
  const binding = KEYMAP.find((b) => b.command === command && b.modes.includes(mode));
  if (!binding) throw new Error(`${command} is not bound in ${mode}.`);
  return binding.disabled?.(context) ?? null;
}

// The board with the cursor on the named app.
function on(name: string, board = sampleBoard()): BoardState {
  const app = board.columns.flatMap((c) => c.apps).find((a) => a.name === name)!;
  return boardReducer(initialBoardState(board), {type: 'select-app', appId: app.id});
}

describe('dispatchKey', () => {
  it('runs the handler of the command the table names for the key', () => {
    const promote = vi.fn();
    expect(dispatchKey('board', 'p', {}, {promote})).toBe('promote');
    expect(promote).toHaveBeenCalledOnce();
  });

  it('leaves a key alone when the place does not handle its command, or it means nothing', () => {
    const promote = vi.fn();
    expect(dispatchKey('board', 'r', {}, {promote})).toBeNull();
    expect(dispatchKey('board', 'x', {}, {promote})).toBeNull();
    expect(dispatchKey('filter', 'p', {}, {promote})).toBeNull();
    expect(promote).not.toHaveBeenCalled();
  });

  it('refuses a key with the reason of where the cursor is, and does not run it', () => {
    const promote = vi.fn();
    const refuse = vi.fn();
    const context = boardKeyContext(on('whitewave-prod'));
    expect(dispatchKey('board', 'p', {}, {promote}, {context, refuse})).toBe('promote');
    expect(promote).not.toHaveBeenCalled();
    expect(refuse).toHaveBeenCalledWith(
      'Production is the last stage: there is nothing to promote to.',
    );
  });
});

describe('why a key is refused here', () => {
  it('refuses p on a production or a review card, not on staging', () => {
    expect(reason('board', 'promote', boardKeyContext(on('whitewave-prod')))).toMatch(/last stage/);
    expect(reason('board', 'promote', boardKeyContext(on('whitewave-pr-12')))).toBe(
      'Review apps are not promoted; merge the pull request instead.',
    );
    expect(reason('board', 'promote', boardKeyContext(on('whitewave-staging')))).toBeNull();
  });

  it('refuses c where there is no next stage', () => {
    expect(reason('board', 'drift', boardKeyContext(on('whitewave-prod')))).toBe(
      'Production is the last stage: select a staging app to compare it with production.',
    );
    expect(reason('board', 'drift', boardKeyContext(on('whitewave-staging')))).toBeNull();
  });

  it('refuses every key about an app on an empty stage', () => {
    const empty = initialBoardState(makeBoard([makeApp('lonely-prod', 'production')]));
    for (const command of ['diff', 'promote', 'history', 'drift', 'open'] as const) {
      // The empty stage is named: nothing there is "an app".
      expect(reason('board', command, boardKeyContext(empty)), command).toBe(
        'The staging stage has no apps.',
      );
    }
  });

  it('refuses o on an app without a web address, and a diff without a pair', () => {
    const board = makeBoard([makeApp('solo-dev', 'development', {webUrl: null})]);
    const context = boardKeyContext(on('solo-dev', board));
    expect(reason('board', 'open', context)).toBe('This app has no web address to open.');
    expect(reason('board', 'diff', context)).toBe(
      'There is no staging app to compare solo-dev with.',
    );
  });

  it('refuses switching pairs with one pair, an open without a page, Enter while running', () => {
    expect(reason('diff', 'switch-pair', {pairs: 1})).toMatch(/only one pair/);
    expect(reason('diff', 'switch-pair', {pairs: 2})).toBeNull();
    expect(reason('diff', 'open', {canOpen: false})).toMatch(/no page to open/);
    expect(reason('dialog', 'choose', {settled: false})).toMatch(/still running/);
    expect(reason('dialog', 'choose', {settled: true})).toBeNull();
    const prod = makeApp('shop-prod', 'production');
    expect(reason('dialog', 'promote-release', {app: prod})).toMatch(/Only staging/);
  });
});

describe('hints', () => {
  const boardHints = (state: BoardState) =>
    hintsFor('board', 200, {context: boardKeyContext(state)});

  it('do not offer p or c on a production card, nor p on a review card', () => {
    const prod = boardHints(on('whitewave-prod'));
    expect(prod).not.toContain('p promote');
    expect(prod).not.toContain('c drift');
    expect(prod).toContain('⏎ diff');
    const review = boardHints(on('whitewave-pr-12'));
    expect(review).not.toContain('p promote');
    expect(review).toContain('c drift');
    expect(boardHints(on('whitewave-staging'))).toContain('p promote');
  });

  it('offer none of the app keys on an empty stage', () => {
    const empty = boardHints(initialBoardState(makeBoard([makeApp('lonely-prod', 'production')])));
    for (const label of ['⏎ diff', 'p promote', 'v releases', 'c drift', 'o open']) {
      expect(empty).not.toContain(label);
    }
    expect(empty).toContain('r refresh');
    expect(empty).toContain('? help');
  });

  it('offer only the keys the place handles, the way back last', () => {
    const history = hintsFor('dialog', 200, {
      handled: ['app-next', 'rollback', 'promote-release', 'back'],
      separator: ' · ',
    });
    expect(history).toBe('↑↓ move · r roll back · p promote this release · Esc back');
    const production = hintsFor('dialog', 200, {
      context: {app: makeApp('shop-prod', 'production')},
      handled: ['app-next', 'rollback', 'promote-release', 'back'],
      separator: ' · ',
    });
    expect(production).toBe('↑↓ move · r roll back · Esc back');
  });

  it('do not offer ? help inside the help, where ? closes it', () => {
    expect(hintsFor('help', 200)).toBe('↑↓ scroll  Esc back');
    expect(hintsFor('board', 200)).toMatch(/\? help$/);
  });

  it('offer switching pairs and opening only where they work', () => {
    expect(hintsFor('diff', 200, {context: {pairs: 2, canOpen: true, canCopyNotes: false}})).toBe(
      '↑↓ scroll  o open  ←→ pair  Esc back',
    );
    expect(hintsFor('diff', 200, {context: {pairs: 2, canOpen: true, canCopyNotes: true}})).toBe(
      '↑↓ scroll  o open  ←→ pair  n copy notes  Esc back',
    );
    expect(hintsFor('diff', 200, {context: {pairs: 1, canOpen: false, canCopyNotes: false}})).toBe(
      '↑↓ scroll  Esc back',
    );
  });

  it('name the keys of a sentence, without the refused ones', () => {
    expect(offeredKey('dialog', 'choose', {context: {settled: true}})).toBe('Enter');
    expect(offeredKey('dialog', 'choose', {context: {settled: false}})).toBeNull();
    expect(offeredKeys('notice', 'back')).toEqual(['Esc', 'q']);
  });
});
