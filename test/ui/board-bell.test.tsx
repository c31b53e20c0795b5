import {afterEach, describe, expect, it} from 'vitest';
import type {Board} from '../../source/board/types.js';
import {fakeServices} from './fake-services.js';
import {sampleBoard} from './fixtures.js';
import {unmountAll, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';

afterEach(unmountAll);

describe('the board and its bell', () => {
  it('hands every board it loads to the bell, the first one and each refresh', async () => {
    const boards = [sampleBoard(), sampleBoard()];
    let loads = 0;
    const seen: Board[] = [];
    const services = fakeServices({
      loadBoard: async () => ({
        board: boards[Math.min(loads++, boards.length - 1)]!,
        rateLimitRemaining: 4000,
        changed: true,
      }),
      boardSeen: (board) => void seen.push(board),
    });
    const instance = renderBoard(services);
    await waitForFrame(instance.lastFrame, loaded);
    expect(seen).toEqual([boards[0]]);
    instance.stdin.write('r');
    await waitForFrame(instance.lastFrame, () => seen.length === 2);
    expect(seen[1]).toBe(boards[1]);
  });
});
