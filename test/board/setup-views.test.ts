import {describe, expect, it} from 'vitest';
import {boardReducer, initialBoardState, keymapMode} from '../../source/board/board-state.js';
import {moveReason} from '../../source/board/setup-key-reasons.js';
import {makeApp, makeBoard} from '../ui/fixtures.js';

const empty = () => initialBoardState(makeBoard([]));

describe('the board opening its setup views', () => {
  it('opens add, rename and destroy on an empty pipeline, with the stage under the cursor', () => {
    for (const kind of ['add-app', 'rename-pipeline', 'destroy-pipeline'] as const) {
      const state = boardReducer(empty(), {type: 'open-view', kind});
      expect(state.view).toEqual({kind, appId: '', stage: 'staging'});
      expect(keymapMode(state)).toBe('dialog');
    }
  });

  it('opens nothing before a board has loaded', () => {
    const state = boardReducer(initialBoardState(), {type: 'open-view', kind: 'add-app'});
    expect(state.mode).toBe('board');
    expect(state.view).toBeNull();
  });

  it('opens move and remove only with an app under the cursor', () => {
    expect(boardReducer(empty(), {type: 'open-view', kind: 'move-app'}).view).toBeNull();
    expect(boardReducer(empty(), {type: 'open-view', kind: 'remove-app'}).view).toBeNull();
    const board = makeBoard([makeApp('acme-staging', 'staging')]);
    const state = boardReducer(initialBoardState(board), {type: 'open-view', kind: 'move-app'});
    expect(state.view).toEqual({kind: 'move-app', appId: board.columns[2]!.apps[0]!.id});
  });

  it('refuses to move a review app, saying why', () => {
    const review = {name: 'acme-pr-1', stage: 'review' as const, webUrl: null};
    expect(moveReason({app: review})).toMatch(/Review apps/);
    expect(moveReason({app: {...review, stage: 'staging'}})).toBeNull();
    expect(moveReason({app: null})).toBe('No app is selected.');
  });
});
