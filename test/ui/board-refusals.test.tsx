import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices} from './fake-services.js';
import {loaded, renderBoard} from './render-board.js';
import {KEYS, pressUntil, selectedCardName, unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

// The board's hint line: its last line.
const hintLine = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

describe('keys the board refuses where the cursor is', () => {
  it('offers p on staging, not on production, and says why when it is pressed there', async () => {
    const {frame, stdin, lastFrame} = renderBoard(fakeServices());
    const board = await waitForFrame(frame, loaded);
    expect(selectedCardName(board)).toBe('whitewave-staging');
    expect(hintLine(board)).toContain('p promote');
    const onProd = await pressUntil(
      {stdin, lastFrame},
      KEYS.right,
      (f) => selectedCardName(f) === 'whitewave-prod',
    );
    expect(hintLine(onProd)).not.toContain('p promote');
    expect(hintLine(onProd)).not.toContain('c drift');
    expect(hintLine(onProd)).toContain('⏎ diff');
    stdin.write('p');
    const said = await waitForFrame(frame, (f) =>
      f.includes('Production is the last stage: there is nothing to promote to.'),
    );
    expect(said).not.toContain('Promote whitewave-prod');
    stdin.write('c');
    await waitForFrame(frame, (f) =>
      f.includes(
        'Production is the last stage: select a staging app to compare it with production.',
      ),
    );
  });

  it('does not offer p on a review card, and says why when it is pressed', async () => {
    const {frame, stdin, lastFrame} = renderBoard(fakeServices());
    await waitForFrame(frame, loaded);
    const onReview = await pressUntil(
      {stdin, lastFrame},
      KEYS.left,
      (f) => selectedCardName(f)?.startsWith('whitewave-pr-') ?? false,
    );
    expect(hintLine(onReview)).not.toContain('p promote');
    expect(hintLine(onReview)).toContain('c drift');
    stdin.write('p');
    await waitForFrame(frame, (f) =>
      f.includes('Review apps are not promoted; merge the pull request instead.'),
    );
  });
});
