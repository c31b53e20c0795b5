import {describe, expect, it} from 'vitest';
import {
  appIndex,
  visibleColumn,
  visibleColumns,
  withDynos,
} from '../../source/board/visible-columns.js';
import {makeApp, makeBoard, sampleBoard} from '../ui/fixtures.js';

function reviewBoard(count: number) {
  return makeBoard([
    ...Array.from({length: count}, (_, i) => makeApp(`shop-pr-${100 + i}`, 'review')),
    makeApp('shop-staging', 'staging'),
    makeApp('shop-prod', 'production'),
  ]);
}

describe('visibleColumns', () => {
  it('gives back the same columns for the same board and filter', () => {
    const board = reviewBoard(5);
    const first = visibleColumns(board, '');
    expect(visibleColumns(board, '')).toBe(first);
    const filtered = visibleColumns(board, 'pr-10');
    expect(visibleColumns(board, 'pr-10')).toBe(filtered);
    expect(filtered).not.toBe(first);
  });

  it('shows the board’s own columns when nothing is filtered', () => {
    const board = reviewBoard(3);
    const review = board.columns.find((c) => c.stage === 'review');
    expect(visibleColumn(board, '', 'review')).toBe(review);
    expect(visibleColumn(board, '', 'development')).toBeNull();
  });

  it('answers again after the filter changes and back', () => {
    const board = reviewBoard(12);
    expect(visibleColumn(board, 'PR-11 ', 'review')?.apps.map((a) => a.name)).toEqual([
      'shop-pr-110',
      'shop-pr-111',
    ]);
    expect(visibleColumn(board, '', 'review')?.apps).toHaveLength(12);
    expect(visibleColumns(board, 'nothing-matches').map((c) => c.stage)).toEqual([
      'staging',
      'production',
    ]);
    expect(visibleColumn(board, 'pr-105', 'review')?.apps.map((a) => a.name)).toEqual([
      'shop-pr-105',
    ]);
  });

  it('never changes the board it reads', () => {
    const board = reviewBoard(4);
    const before = JSON.stringify(board);
    visibleColumns(board, 'pr-101');
    visibleColumns(board, '');
    expect(JSON.stringify(board)).toBe(before);
  });

  it('has no columns without a board', () => {
    expect(visibleColumns(null, '')).toEqual([]);
    expect(visibleColumn(null, '', 'staging')).toBeNull();
  });
});

describe('appIndex', () => {
  it('finds an app by id in its column, -1 when it is elsewhere or absent', () => {
    const board = sampleBoard();
    const review = visibleColumn(board, '', 'review')!;
    expect(appIndex(review, review.apps[1]!.id)).toBe(1);
    expect(appIndex(review, review.apps[0]!.id)).toBe(0);
    expect(appIndex(review, 'app-whitewave-prod')).toBe(-1);
    expect(appIndex(review, undefined)).toBe(-1);
    expect(appIndex(review, null)).toBe(-1);
  });

  it('counts positions within the filtered column', () => {
    const board = reviewBoard(20);
    const column = visibleColumn(board, 'pr-11', 'review')!;
    expect(appIndex(column, 'app-shop-pr-113')).toBe(3);
    expect(appIndex(column, 'app-shop-pr-100')).toBe(-1);
  });

  it('takes the first of two cards with one id, as a search from the top would', () => {
    const app = makeApp('twin-pr-1', 'review');
    const column = {stage: 'review' as const, apps: [makeApp('other-pr-2', 'review'), app, app]};
    expect(appIndex(column, app.id)).toBe(1);
  });
});

describe('withDynos', () => {
  const web = {
    type: 'web',
    quantity: 1,
    size: null,
    up: 1,
    crashed: 0,
    starting: 0,
    idle: 0,
    down: 0,
  };

  it('puts fetched dynos on cards that had none, and leaves everything else as it was', () => {
    const board = makeBoard([
      {...makeApp('shop-pr-1', 'review'), dynos: null},
      {...makeApp('shop-pr-2', 'review'), dynos: null},
      makeApp('shop-staging', 'staging'),
      makeApp('shop-prod', 'production'),
    ]);
    const columns = visibleColumns(board, '');
    const [review, staging] = [columns[0]!, columns[1]!];
    const pr1 = review.apps[0]!;
    const known = new Map([
      [pr1.id, [web]],
      // Cards with dynos of their own keep them.
      [staging.apps[0]!.id, []],
    ]);
    const patched = withDynos(columns, known);
    expect(patched[0]!.apps[0]).toEqual({...pr1, dynos: [web]});
    expect(patched[0]!.apps[1]).toBe(review.apps[1]);
    expect(patched[1]).toBe(staging);
    expect(patched[2]).toBe(columns[2]);
    expect(withDynos(columns, new Map())).toBe(columns);
  });
});
