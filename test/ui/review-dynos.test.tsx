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

  it('shows the newest answer when an older one arrives late', async () => {
    const answers: Array<(dynos: DynoGroup[]) => void> = [];
    const base = board();
    const services = fakeServices(
      {
        // Each load is a new board, as a refresh that saw a change gives.
        loadBoard: async () => ({board: {...base}, rateLimitRemaining: 4000, changed: true}),
        appDynos: () => new Promise((resolve) => answers.push(resolve)),
      },
      base,
    );
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('h');
    await waitFor(() => answers.length === 1, 5000, 'the first request');
    stdin.write('r');
    await waitFor(() => answers.length === 2, 5000, 'the request of the refreshed board');
    answers[1]!([web(0, 1)]);
    await waitForFrame(frame, (f) => f.includes('web 1 crashed'));
    answers[0]!([web(1, 0)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(frame()).toContain('web 1 crashed');
    expect(frame()).not.toContain('web 1 up');
  });

  it('are dropped from a card left alone longer than five minutes', async () => {
    let clock = Date.parse('2026-11-27T10:00:00Z');
    const base = board();
    const services = fakeServices(
      {
        loadBoard: async () => ({board: {...base}, rateLimitRemaining: 4000, changed: true}),
        appDynos: async () => [web(1, 0)],
        now: () => clock,
      },
      base,
    );
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('h');
    await waitForFrame(frame, (f) => f.includes('web 1 up'));
    // Off to staging: the review card keeps its dynos through a refresh soon after...
    stdin.write('l');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-staging');
    stdin.write('r');
    clock += 60_000;
    await waitForFrame(frame, (f) => f.includes('web 1 up'));
    // ...but not through one ten minutes later.
    clock += 10 * 60_000;
    stdin.write('r');
    await waitForFrame(frame, (f) => !f.includes('web 1 up'));
  });
});
