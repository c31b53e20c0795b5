import {afterEach, describe, expect, it} from 'vitest';
import type {AppCard, CommitComparison} from '../../source/board/types.js';
import {comparisonResult, fakeServices} from './fake-services.js';
import {makeApp, makeBoard} from './fixtures.js';
import {selectedCardName, unmountAll, waitFor, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';

afterEach(unmountAll);

const reviewName = (i: number) => `shop-pr-${String(i).padStart(2, '0')}`;

// Thirty review apps; each one's comparison with staging says 100 + its number ahead, so a
// frame tells whose answer it shows.
function reviewBoard() {
  return makeBoard([
    ...Array.from({length: 30}, (_, i) => makeApp(reviewName(i), 'review')),
    makeApp('whitewave-staging', 'staging'),
    makeApp('whitewave-prod', 'production'),
  ]);
}

const aheadOf = (app: AppCard) => 100 + Number(app.name.slice(-2));
const reviewCalls = (calls: string[]) => calls.filter((pair) => pair.startsWith('shop-pr'));

async function openReview(services: ReturnType<typeof fakeServices>) {
  const board = renderBoard(services);
  await waitForFrame(board.frame, loaded);
  board.stdin.write('h');
  await waitForFrame(board.frame, (f) => selectedCardName(f) === reviewName(0));
  return board;
}

describe('review app comparisons while scrolling', () => {
  it('asks only for the review app the cursor rests on, once, not for each one passed', async () => {
    const services = fakeServices(
      {compare: async (from) => comparisonResult({ahead: aheadOf(from)})},
      reviewBoard(),
    );
    const {frame, stdin} = await openReview(services);
    // One press at a time, each after the frame of the one before: a person scrolling.
    for (let i = 1; i <= 12; i++) {
      stdin.write('j');
      await waitForFrame(frame, (f) => selectedCardName(f) === reviewName(i));
    }
    await waitForFrame(frame, (f) => f.includes('→ whitewave-staging: 112 ahead'));
    expect(reviewCalls(services.calls.compare)).toEqual(['shop-pr-12>whitewave-staging']);

    // Presses written all at once, as key repeat delivers them.
    for (let i = 0; i < 8; i++) stdin.write('j');
    const burst = await waitForFrame(frame, (f) => f.includes('→ whitewave-staging: 120 ahead'));
    expect(selectedCardName(burst)).toBe(reviewName(20));
    expect(reviewCalls(services.calls.compare)).toEqual([
      'shop-pr-12>whitewave-staging',
      'shop-pr-20>whitewave-staging',
    ]);

    // Back to an app already compared: its answer is kept, nothing is asked again.
    for (let i = 0; i < 8; i++) stdin.write('k');
    const back = await waitForFrame(frame, (f) => f.includes('→ whitewave-staging: 112 ahead'));
    expect(selectedCardName(back)).toBe(reviewName(12));
    expect(back).not.toContain('120 ahead');
    expect(reviewCalls(services.calls.compare)).toHaveLength(2);
  });

  it('keeps the answer for a review app left before it came, without drawing it', async () => {
    const waiting = new Map<string, (result: CommitComparison) => void>();
    const services = fakeServices(
      {
        compare: (from) =>
          from.stage === 'review'
            ? new Promise((resolve) => waiting.set(from.name, resolve))
            : Promise.resolve(comparisonResult({ahead: 1})),
      },
      reviewBoard(),
    );
    const {frame, frames, stdin} = await openReview(services);
    await waitFor(() => waiting.has(reviewName(0)), 5000, 'the first review app to be compared');
    stdin.write('j');
    await waitFor(() => waiting.has(reviewName(1)), 5000, 'the second review app to be compared');
    waiting.get(reviewName(0))!(comparisonResult({ahead: 7}));
    waiting.get(reviewName(1))!(comparisonResult({ahead: 9}));
    await waitForFrame(frame, (f) => f.includes('→ whitewave-staging: 9 ahead'));
    expect(frames.some((f) => f.includes('7 ahead'))).toBe(false);

    stdin.write('k');
    const back = await waitForFrame(frame, (f) => f.includes('→ whitewave-staging: 7 ahead'));
    expect(selectedCardName(back)).toBe(reviewName(0));
    expect(reviewCalls(services.calls.compare)).toEqual([
      'shop-pr-00>whitewave-staging',
      'shop-pr-01>whitewave-staging',
    ]);
  });
});
