import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices} from './fake-services.js';
import {sampleBoard} from './fixtures.js';
import {unmountAll, waitFor, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';

afterEach(unmountAll);

describe('a background refresh', () => {
  it('draws no spinner while it runs; one asked for with r does', async () => {
    const gates: Array<() => void> = [];
    let call = 0;
    const services = fakeServices({
      loadBoard: async () => {
        call += 1;
        if (call > 1) await new Promise<void>((resolve) => gates.push(resolve));
        return {board: sampleBoard(), rateLimitRemaining: 4400, changed: false};
      },
    });
    const {frame, stdin} = renderBoard(services, {columns: 140, rows: 40}, 0.2);
    await waitForFrame(frame, (f) => loaded(f) && !f.includes('refreshing'));
    // The automatic refresh is on its way and held there.
    await waitFor(() => gates.length === 1, 3000, 'the background refresh');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame()).not.toContain('refreshing');
    gates.shift()!();
    await waitFor(() => gates.length === 1, 3000, 'the next background refresh');
    expect(frame()).not.toContain('refreshing');
    // r while it runs: the person asked, so the wait is shown.
    stdin.write('r');
    await waitForFrame(frame, (f) => f.includes('refreshing'));
    // The refresh in flight answers it: no second request on top.
    expect(services.calls.loads).toEqual(['initial', 'auto', 'auto']);
    for (const open of gates.splice(0)) open();
  });
});
