import {describe, expect, it} from 'vitest';
import {
  boardReducer,
  initialBoardState,
  keymapMode,
  selectedApp,
  stageCursor,
  viewBlockedReason,
  visibleColumns,
  type BoardAction,
  type BoardState,
} from '../../source/board/board-state.js';
import {diffPairs} from '../../source/board/comparisons.js';
import type {Command} from '../../source/board/keymap.js';
import {makeApp, makeBoard, sampleBoard} from '../ui/fixtures.js';

function run(state: BoardState, ...actions: BoardAction[]): BoardState {
  return actions.reduce(boardReducer, state);
}

const move = (command: Command): BoardAction => ({type: 'move', command});

function manyStaging(count: number) {
  return makeBoard([
    ...Array.from({length: count}, (_, i) =>
      makeApp(`app-${String(i).padStart(2, '0')}-staging`, 'staging'),
    ),
    makeApp('app-prod', 'production'),
  ]);
}

describe('boardReducer', () => {
  it('starts on the first staging app', () => {
    const state = initialBoardState(sampleBoard());
    expect(state.stage).toBe('staging');
    expect(selectedApp(state)?.name).toBe('whitewave-staging');
    expect(stageCursor(state)).toBe(1); // review, staging, production: development is empty
  });

  it('hides empty review and development stages but always shows staging and production', () => {
    const board = makeBoard([makeApp('solo-prod', 'production')]);
    expect(visibleColumns(board, '').map((c) => c.stage)).toEqual(['staging', 'production']);
    expect(visibleColumns(sampleBoard(), '').map((c) => c.stage)).toEqual([
      'review',
      'staging',
      'production',
    ]);
  });

  it('three quick moves move three rows', () => {
    const state = initialBoardState(manyStaging(10));
    const after = run(state, move('app-next'), move('app-next'), move('app-next'));
    expect(selectedApp(after)?.name).toBe('app-03-staging');
  });

  it('clamps apps at both ends and jumps to first and last', () => {
    const state = initialBoardState(manyStaging(5));
    expect(selectedApp(run(state, move('app-prev')))?.name).toBe('app-00-staging');
    const last = run(state, move('app-last'));
    expect(selectedApp(last)?.name).toBe('app-04-staging');
    expect(selectedApp(run(last, move('app-next')))?.name).toBe('app-04-staging');
    expect(selectedApp(run(last, move('app-first')))?.name).toBe('app-00-staging');
  });

  it('gives back the same state for a move against an edge, so nothing redraws', () => {
    const state = initialBoardState(manyStaging(3));
    expect(run(state, move('app-prev'))).toBe(state);
    expect(run(state, move('app-first'))).toBe(state);
    const right = run(state, move('stage-next'));
    expect(right.stage).toBe('production');
    expect(run(right, move('stage-next'))).toBe(right);
    expect(run(state, move('app-next'))).not.toBe(state);
  });

  it('clamps arrows at the outer stages and wraps with Tab', () => {
    const state = initialBoardState(sampleBoard());
    const right = run(state, move('stage-next'), move('stage-next'), move('stage-next'));
    expect(right.stage).toBe('production');
    const left = run(state, move('stage-prev'), move('stage-prev'));
    expect(left.stage).toBe('review');
    expect(run(right, move('stage-cycle-next')).stage).toBe('review');
    expect(run(left, move('stage-cycle-prev')).stage).toBe('production');
  });

  it('remembers the selection of each stage when moving between stages', () => {
    const state = initialBoardState(sampleBoard());
    const after = run(state, move('app-next'), move('stage-next'), move('stage-prev'));
    expect(selectedApp(after)?.name).toBe('whitewave-staging-eu');
  });

  it('pages by the column capacity and scrolls the column to the cursor', () => {
    let state = run(initialBoardState(manyStaging(20)), {type: 'capacity', cardsPerColumn: 4});
    state = run(state, move('page-down'));
    expect(selectedApp(state)?.name).toBe('app-04-staging');
    expect(state.offsets.staging).toBe(1);
    state = run(state, move('app-last'));
    expect(state.offsets.staging).toBe(16);
    state = run(state, move('page-up'), move('page-up'));
    expect(selectedApp(state)?.name).toBe('app-11-staging');
    expect(state.offsets.staging).toBe(11);
  });

  it('keeps the selected app by id across a refresh that reorders apps', () => {
    const apps = [
      makeApp('b-staging', 'staging'),
      makeApp('c-staging', 'staging'),
      makeApp('x-prod', 'production'),
    ];
    const state = run(initialBoardState(makeBoard(apps)), move('app-next'));
    expect(selectedApp(state)?.name).toBe('c-staging');
    const refreshed = makeBoard([makeApp('a-staging', 'staging'), ...apps]);
    const after = run(state, {type: 'board-loaded', board: refreshed});
    expect(selectedApp(after)?.name).toBe('c-staging');
  });

  it('falls back to the app at the old position when the selected app disappears', () => {
    const apps = ['a', 'b', 'c', 'd'].map((n) => makeApp(`${n}-staging`, 'staging'));
    const state = run(initialBoardState(makeBoard(apps)), move('app-next'), move('app-next'));
    expect(selectedApp(state)?.name).toBe('c-staging');
    const withoutC = makeBoard(apps.filter((a) => a.name !== 'c-staging'));
    expect(selectedApp(run(state, {type: 'board-loaded', board: withoutC}))?.name).toBe(
      'd-staging',
    );
    const onlyA = makeBoard(apps.slice(0, 1));
    expect(selectedApp(run(state, {type: 'board-loaded', board: onlyA}))?.name).toBe('a-staging');
  });

  it('moves the cursor off a stage that is no longer shown', () => {
    const board = sampleBoard();
    const onReview = run(initialBoardState(board), move('stage-prev'));
    expect(onReview.stage).toBe('review');
    const noReview = makeBoard(
      board.columns.flatMap((c) => c.apps).filter((a) => a.stage !== 'review'),
    );
    expect(run(onReview, {type: 'board-loaded', board: noReview}).stage).toBe('staging');
  });

  it('filters app names across stages and Esc clears the filter', () => {
    let state = run(initialBoardState(sampleBoard()), {type: 'filter-start'});
    expect(state.mode).toBe('filter');
    expect(keymapMode(state)).toBe('filter');
    state = run(state, {type: 'filter-text', text: 'EU'});
    const columns = visibleColumns(state.board, state.filter);
    expect(columns.map((c) => [c.stage, c.apps.map((a) => a.name)])).toEqual([
      ['staging', ['whitewave-staging-eu']],
      ['production', []],
    ]);
    expect(selectedApp(state)?.name).toBe('whitewave-staging-eu');
    state = run(state, {type: 'filter-accept'});
    expect(state.mode).toBe('board');
    expect(state.filter).toBe('EU');
    state = run(state, {type: 'back'});
    expect(state.filter).toBe('');
    expect(visibleColumns(state.board, state.filter)).toHaveLength(3);
  });

  it('moves the cursor to a stage that still has matches', () => {
    const onReview = run(initialBoardState(sampleBoard()), move('stage-prev'));
    const filtered = run(onReview, {type: 'filter-text', text: 'prod'});
    expect(filtered.stage).toBe('staging');
    expect(selectedApp(filtered)).toBeNull();
  });

  it('toggles help and goes back from it', () => {
    const state = initialBoardState(sampleBoard());
    const help = run(state, {type: 'help-toggle'});
    expect(help.mode).toBe('help');
    expect(run(help, {type: 'help-toggle'}).mode).toBe('board');
    expect(run(help, {type: 'back'}).mode).toBe('board');
    expect(run(help, {type: 'help-scroll', delta: -3}).helpOffset).toBe(0);
  });

  it('opens views for the selected app and Esc closes them', () => {
    const state = initialBoardState(sampleBoard());
    const diff = run(state, {type: 'open-view', kind: 'diff'});
    expect(diff.view).toEqual({kind: 'diff', appId: 'app-whitewave-staging'});
    expect(keymapMode(diff)).toBe('diff');
    const promote = run(state, {type: 'open-view', kind: 'promote'});
    expect(keymapMode(promote)).toBe('dialog');
    const closed = run(diff, {type: 'back'});
    expect(closed.mode).toBe('board');
    expect(closed.view).toBeNull();
  });

  it('refuses views that make no sense for the app, with a reason', () => {
    const onProd = run(initialBoardState(sampleBoard()), move('stage-next'));
    expect(viewBlockedReason(onProd, 'promote')).toMatch(/last stage/);
    expect(run(onProd, {type: 'open-view', kind: 'promote'}).view).toBeNull();
    expect(viewBlockedReason(onProd, 'diff')).toBeNull();
    const empty = initialBoardState(makeBoard([makeApp('lonely-prod', 'production')]));
    expect(viewBlockedReason(empty, 'diff')).toBe('The staging stage has no apps.');
    const hidden = run(initialBoardState(sampleBoard()), {type: 'filter-text', text: 'zzz'});
    expect(viewBlockedReason(hidden, 'diff')).toBe('No staging app matches the filter.');
  });

  it('pairs a diff with the next stage, or production with staging', () => {
    const board = sampleBoard();
    expect(diffPairs(board, 'app-whitewave-staging').map((p) => [p.from.name, p.to.name])).toEqual([
      ['whitewave-staging', 'whitewave-prod'],
    ]);
    expect(diffPairs(board, 'app-whitewave-prod').map((p) => [p.from.name, p.to.name])).toEqual([
      ['whitewave-staging', 'whitewave-prod'],
      ['whitewave-staging-eu', 'whitewave-prod'],
    ]);
    expect(diffPairs(board, 'app-whitewave-pr-12').map((p) => p.to.name)).toEqual([
      'whitewave-staging',
      'whitewave-staging-eu',
    ]);
  });

  it('selects an app by id, on its own stage', () => {
    const state = run(initialBoardState(sampleBoard()), {
      type: 'select-app',
      appId: 'app-whitewave-pr-13',
    });
    expect(state.stage).toBe('review');
    expect(selectedApp(state)?.name).toBe('whitewave-pr-13');
  });
});
