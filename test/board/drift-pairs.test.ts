import {describe, expect, it} from 'vitest';
import {boardDriftPairs, driftPairsFrom} from '../../source/board/drift-pairs.js';
import {makeApp, makeBoard} from '../ui/fixtures.js';

const board = makeBoard([
  makeApp('shop-pr-7', 'review'),
  makeApp('shop-pr-8', 'review'),
  makeApp('shop-dev', 'development'),
  makeApp('shop-staging', 'staging'),
  makeApp('shop-staging-eu', 'staging'),
  makeApp('shop-prod', 'production'),
  makeApp('shop-prod-eu', 'production'),
]);

const names = (pairs: ReturnType<typeof boardDriftPairs>) =>
  pairs.map((p) => `${p.from.name}>${p.to.name}`);

describe('driftPairsFrom', () => {
  it.each([
    {
      app: 'shop-staging-eu',
      want: [
        'shop-staging>shop-prod',
        'shop-staging>shop-prod-eu',
        'shop-staging-eu>shop-prod',
        'shop-staging-eu>shop-prod-eu',
      ],
      initial: 2,
    },
    {app: 'shop-dev', want: ['shop-dev>shop-staging', 'shop-dev>shop-staging-eu'], initial: 0},
    {app: 'shop-pr-8', want: ['shop-pr-8>shop-staging', 'shop-pr-8>shop-staging-eu'], initial: 0},
    {app: 'shop-prod', want: [], initial: 0},
    {app: 'no-such-app', want: [], initial: 0},
  ])('$app', ({app, want, initial}) => {
    const result = driftPairsFrom(board, `app-${app}`);
    expect(names(result.pairs)).toEqual(want);
    expect(result.initial).toBe(initial);
  });

  it('has no pairs without a board or without a next stage app', () => {
    expect(driftPairsFrom(null, 'app-shop-dev').pairs).toEqual([]);
    const lonely = makeBoard([makeApp('solo-staging', 'staging')]);
    expect(driftPairsFrom(lonely, 'app-solo-staging').pairs).toEqual([]);
  });
});

describe('boardDriftPairs', () => {
  it('pairs development with staging and staging with production, never review', () => {
    expect(names(boardDriftPairs(board))).toEqual([
      'shop-dev>shop-staging',
      'shop-dev>shop-staging-eu',
      'shop-staging>shop-prod',
      'shop-staging>shop-prod-eu',
      'shop-staging-eu>shop-prod',
      'shop-staging-eu>shop-prod-eu',
    ]);
  });
});
