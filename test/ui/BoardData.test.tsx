import {afterEach, describe, expect, it} from 'vitest';
import type {Board} from '../../source/board/types.js';
import {comparisonResult, fakeServices} from './fake-services.js';
import {clockTime} from '../../source/ui/clock.js';
import {NOW, makeApp, makeBoard, sampleBoard} from './fixtures.js';
import {selectedCardName, unmountAll, waitFor, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';

afterEach(unmountAll);

describe('BoardScreen data', () => {
  it('keeps the last board after a failed refresh, marks it stale and recovers', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let call = 0;
    const services = fakeServices({
      loadBoard: async () => {
        call += 1;
        if (call === 2) throw new Error('Heroku did not answer (connection refused).');
        if (call === 3) await gate;
        return {board: sampleBoard(), rateLimitRemaining: 4000, changed: call < 3};
      },
    });
    const {frame} = renderBoard(services, {columns: 120, rows: 40}, 0.2);
    const stale = await waitForFrame(frame, (f) => f.includes('Refresh failed'));
    expect(stale).toContain('Heroku did not answer (connection refused).');
    expect(stale).toMatch(/Next try at \d\d:\d\d:\d\d/);
    expect(stale).toContain('STALE');
    expect(stale).toContain('whitewave-staging');
    release();
    const recovered = await waitForFrame(
      frame,
      (f) => !f.includes('STALE') && f.includes('refreshed'),
    );
    expect(recovered).not.toContain('Refresh failed');
    expect(services.calls.loads.slice(0, 3)).toEqual(['initial', 'auto', 'auto']);
  });

  it("waits for Heroku's Retry-After before the next automatic try", async () => {
    let call = 0;
    const services = fakeServices({
      loadBoard: async () => {
        call += 1;
        if (call > 1) {
          throw Object.assign(new Error('The Heroku API rate limit is used up.'), {
            retryAfterMs: 60_000,
          });
        }
        return {board: sampleBoard(), rateLimitRemaining: 4000, changed: true};
      },
    });
    const {frame} = renderBoard(services, {columns: 120, rows: 40}, 0.2);
    const stale = await waitForFrame(frame, (f) => f.includes('Refresh failed'));
    expect(stale).toContain(`Next try at ${clockTime(NOW + 60_000)}.`);
  });

  it('cuts a long error short rather than the time of the next try', async () => {
    const error = `The service is temporarily unavailable. ${'Please try again. '.repeat(8)}`;
    let call = 0;
    const services = fakeServices({
      loadBoard: async () => {
        call += 1;
        if (call > 1) throw new Error(`${error}(Request-Id 0f3c2a)`);
        return {board: sampleBoard(), rateLimitRemaining: 4000, changed: true};
      },
    });
    const {frame} = renderBoard(services, {columns: 100, rows: 40}, 0.2);
    const stale = await waitForFrame(frame, (f) => f.includes('Refresh failed'));
    const line = stale.split('\n').find((l) => l.includes('Refresh failed'))!;
    expect(line).toMatch(/^Refresh failed: The service is temporarily unavailable\. Please/);
    expect(line).toMatch(/… Next try at \d\d:\d\d:\d\d\.$/);
    expect(line.length).toBeLessThanOrEqual(100);
  });

  it('keeps the selected app by id when a refresh reorders the stage', async () => {
    const first = makeBoard([
      makeApp('b-staging', 'staging'),
      makeApp('c-staging', 'staging'),
      makeApp('z-prod', 'production'),
    ]);
    const second = makeBoard([
      makeApp('a-staging', 'staging'),
      ...first.columns.flatMap((c) => c.apps),
    ]);
    let board: Board = first;
    const services = fakeServices({
      loadBoard: async () => ({board, rateLimitRemaining: null, changed: true}),
    });
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, (f) => selectedCardName(f) === 'b-staging');
    stdin.write('j');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'c-staging');
    board = second;
    stdin.write('r');
    const after = await waitForFrame(frame, (f) => f.includes('a-staging'));
    expect(selectedCardName(after)).toBe('c-staging');
    expect(services.calls.loads).toEqual(['initial', 'manual']);
  });

  it('keeps the board it has when a refresh reports no change', async () => {
    let calls = 0;
    const renamed = makeBoard([
      makeApp('renamed-staging', 'staging'),
      makeApp('whitewave-prod', 'production'),
    ]);
    const services = fakeServices({
      loadBoard: async () => {
        calls += 1;
        return {
          board: calls === 1 ? sampleBoard() : renamed,
          rateLimitRemaining: 100 - calls,
          changed: false,
        };
      },
    });
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('r');
    const after = await waitForFrame(frame, (f) => f.includes('API 98 left'));
    expect(after).toContain('whitewave-staging');
    expect(after).not.toContain('renamed-staging');
  });

  it('shows unknown comparisons with their reason', async () => {
    const services = fakeServices({
      compare: async () =>
        comparisonResult({
          status: 'unknown',
          ahead: null,
          behind: null,
          source: 'none',
          reason: 'Not connected to GitHub.',
        }),
    });
    const {frame} = renderBoard(services, {columns: 200, rows: 40});
    await waitForFrame(frame, (f) =>
      f.includes('→ whitewave-prod: unknown: not connected to GitHub'),
    );
  });

  it('retries the first load until it succeeds', async () => {
    let call = 0;
    const services = fakeServices({
      loadBoard: async () => {
        call += 1;
        if (call === 1) throw new Error('Heroku answered 503 (Request-Id abc).');
        return {board: sampleBoard(), rateLimitRemaining: null, changed: true};
      },
    });
    const {frame} = renderBoard(services, {columns: 120, rows: 40}, 0.1);
    const failed = await waitForFrame(frame, (f) => f.includes('Could not load whitewave'));
    expect(failed).toContain('Heroku answered 503 (Request-Id abc).');
    expect(failed).toMatch(/Next try at \d\d:\d\d:\d\d/);
    await waitForFrame(frame, loaded);
  });

  it('compares a review app with staging only once it is selected', async () => {
    const services = fakeServices();
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, (f) => loaded(f) && f.includes('3 ahead'));
    expect(services.calls.compare.some((pair) => pair.startsWith('whitewave-pr'))).toBe(false);
    stdin.write('h');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-pr-12');
    await waitFor(
      () => services.calls.compare.includes('whitewave-pr-12>whitewave-staging'),
      5000,
      'compare',
    );
    expect(services.calls.compare.some((pair) => pair.startsWith('whitewave-pr-13'))).toBe(false);
  });

  it('asks for at most two comparisons at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const waiting: Array<() => void> = [];
    const services = fakeServices(
      {
        compare: async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise<void>((resolve) => waiting.push(resolve));
          inFlight -= 1;
          return comparisonResult({ahead: 1});
        },
      },
      makeBoard([
        ...['a', 'b', 'c', 'd', 'e'].map((n) => makeApp(`${n}-staging`, 'staging')),
        makeApp('z-prod', 'production'),
      ]),
    );
    const {frame} = renderBoard(services);
    await waitForFrame(frame, (f) => f.includes('a-staging'));
    for (let answered = 0; answered < 5; answered++) {
      await waitFor(() => waiting.length > 0, 5000, 'a comparison to be asked');
      waiting.shift()!();
    }
    await waitForFrame(frame, (f) => (f.match(/1 ahead/g) ?? []).length === 5);
    expect(most).toBe(2);
    expect(services.calls.compare).toHaveLength(5);
  });
});
