import {afterEach, describe, expect, it} from 'vitest';
import type {Board} from '../../source/board/types.js';
import type {BoardLoad} from '../../source/contract/services.js';
import {fakeServices} from './fake-services.js';
import {makeApp, makeBoard} from './fixtures.js';
import {unmountAll, waitForFrame} from './helpers.js';
import {renderBoard} from './render-board.js';

afterEach(() => unmountAll());

function boardWith(versions: number[], starting: number): Board {
  const staging = makeApp('whitewave-staging', 'staging');
  const prod = makeApp('whitewave-prod', 'production');
  const version = prod.release!.version;
  return makeBoard([
    staging,
    {
      ...prod,
      dynos: [
        {
          type: 'web',
          quantity: 2,
          size: null,
          up: 2 - starting,
          crashed: 0,
          starting,
          idle: 0,
          down: 0,
          versions: versions.map((v) => version + v),
        },
      ],
    },
  ]);
}

describe('the board during a rolling restart', () => {
  it('shows the rollout on the card and looks again soon until every dyno runs the release', async () => {
    const rolling = boardWith([0, -1], 1);
    const done = boardWith([0, 0], 0);
    const version = rolling.columns[3]!.apps[0]!.release!.version;
    let loads = 0;
    const services = fakeServices({
      loadBoard: async (): Promise<BoardLoad> => {
        loads += 1;
        return {board: loads === 1 ? rolling : done, rateLimitRemaining: 4000, changed: true};
      },
    });
    // No automatic refresh: only the rollout makes the board look again.
    const ui = renderBoard(services, {columns: 120, rows: 30}, 0);
    await waitForFrame(ui.frame, (f) => f.includes(`web 1/2 on v${version} 1 starting`));
    await waitForFrame(ui.frame, (f) => !f.includes(' on v') && f.includes('whitewave-prod'), 6000);
    expect(loads).toBe(2);
    // Once it is complete, nothing more is asked.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(loads).toBe(2);
  });
});
