import {afterEach, describe, expect, it} from 'vitest';
import type {DynoGroup} from '../../source/board/types.js';
import {fakeServices} from './fake-services.js';
import {makeApp, makeBoard} from './fixtures.js';
import {selectedCardName, unmountAll, waitFor, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';

afterEach(unmountAll);

const web = (up: number, crashed: number): DynoGroup => ({
  type: 'web',
  quantity: up + crashed,
  size: 'Basic',
  up,
  crashed,
  starting: 0,
  idle: 0,
  down: 0,
});

// Review apps come without dynos, as the board loads them; here the other apps too, so any
// dyno line on screen is one fetched for a review app.
function board() {
  const unknown = (app: ReturnType<typeof makeApp>) => ({...app, dynos: null});
  return makeBoard([
    ...Array.from({length: 6}, (_, i) => unknown(makeApp(`shop-pr-${i}`, 'review'))),
    unknown(makeApp('whitewave-staging', 'staging')),
    unknown(makeApp('whitewave-prod', 'production')),
  ]);
}

describe('review app dynos', () => {
  it('are fetched for the review app the cursor rests on and kept on its card', async () => {
    const asked: string[] = [];
    const services = fakeServices(
      {
        appDynos: async (appId) => {
          asked.push(appId);
          return appId.endsWith('pr-3') ? [web(0, 1)] : [web(1, 0)];
        },
      },
      board(),
    );
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('h');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'shop-pr-0');
    await waitForFrame(frame, (f) => f.includes('web 1 up'));
    // Passing over apps asks nothing for them; resting on one does.
    stdin.write('jjj');
    const rested = await waitForFrame(frame, (f) => f.includes('web 1 crashed'));
    expect(selectedCardName(rested)).toBe('shop-pr-3');
    expect(asked.map((id) => id.replace(/^.*-pr-/, 'pr-'))).toEqual(['pr-0', 'pr-3']);
    // The first app's dynos stay on its card.
    expect(rested).toContain('web 1 up');
  });

  it('stay unknown when they cannot be fetched', async () => {
    let asked = 0;
    const services = fakeServices(
      {
        appDynos: async () => {
          asked += 1;
          throw new Error('Heroku is unavailable.');
        },
      },
      board(),
    );
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('h');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'shop-pr-0');
    await waitFor(() => asked === 1, 5000, 'the dynos to be asked for');
    // The failure is handled on the next turn; nothing is drawn for it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(frame()).not.toMatch(/web \d/);
    expect(frame()).not.toContain('Heroku is unavailable');
  });
});
