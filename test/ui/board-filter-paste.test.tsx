import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices} from './fake-services.js';
import {loaded, renderBoard} from './render-board.js';
import {unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const filterLine = (frame: string) => frame.split('\n').find((l) => l.includes('/ ')) ?? '';

describe('board filter', () => {
  it('keeps a filter pasted with its Enter, without the controls it carried', async () => {
    const {frame, stdin} = renderBoard(fakeServices());
    await waitForFrame(frame, loaded);
    stdin.write('/');
    await waitForFrame(frame, (f) => f.includes('Enter keeps the filter'));
    stdin.write('e\u0007u\r');
    const kept = await waitForFrame(
      frame,
      (f) => f.includes('1 match') && !f.includes('Enter keeps the filter'),
    );
    expect(filterLine(kept)).toMatch(/\/ eu\s+1 match · Esc clears/);
    expect(kept).toContain('whitewave-staging-eu');
    expect(kept).not.toContain('\u0007');
  });
});
