import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices} from './fake-services.js';
import {sampleBoard} from './fixtures.js';
import {unmountAll, waitForFrame} from './helpers.js';
import {renderBoard} from './render-board.js';

afterEach(unmountAll);

describe('the board near the rate limit', () => {
  it('stretches its auto-refresh and says so in the status line', async () => {
    const services = fakeServices({
      loadBoard: async () => ({board: sampleBoard(), rateLimitRemaining: 600, changed: true}),
    });
    const {frame} = renderBoard(services, {columns: 140, rows: 40}, 1);
    const shown = await waitForFrame(frame, (f) => f.includes('refresh every'));
    // 600 left of 4,500: the 1 s asked for becomes the refill pace, scaled by 2250/600.
    expect(shown).toContain('refresh every 9s (API 600 left)');
    expect(shown).toContain('API 600 left');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(services.calls.loads).toEqual(['initial']);
  });

  it('keeps the asked interval with the budget full', async () => {
    const services = fakeServices({
      loadBoard: async () => ({board: sampleBoard(), rateLimitRemaining: 4400, changed: false}),
    });
    const {frame} = renderBoard(services, {columns: 140, rows: 40}, 0.2);
    await waitForFrame(frame, (f) => f.includes('API 4400 left'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(services.calls.loads.length).toBeGreaterThanOrEqual(2);
    expect(services.calls.loads[1]).toBe('auto');
    expect(frame()).not.toContain('refresh every');
  });
});
