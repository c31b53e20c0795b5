import {afterEach, describe, expect, it} from 'vitest';
import {comparisonResult, fakeServices} from './fake-services.js';
import {loaded, renderBoard} from './render-board.js';
import {makeApp, makeBoard} from './fixtures.js';
import {KEYS, frameHeight, selectedCardName, unmountAll, waitFor, waitForFrame} from './helpers.js';

afterEach(unmountAll);

describe('BoardScreen', () => {
  it('draws the stages left to right with the production header and the card details', async () => {
    const services = fakeServices();
    const {frame} = renderBoard(services);
    const shown = await waitForFrame(frame, (f) => loaded(f) && f.includes('3 ahead'));
    expect(shown).toContain(' REVIEW ');
    expect(shown).not.toContain('DEVELOPMENT');
    expect(shown.indexOf('REVIEW')).toBeLessThan(shown.indexOf('STAGING'));
    expect(shown.indexOf('STAGING')).toBeLessThan(shown.indexOf('PRODUCTION'));
    for (const text of [
      'whitewave-prod',
      'Work on whitewave-staging',
      'whitewave · alice@example.com', // the account, in the status bar
      '3h alice', // release age and who deployed, on the card
      'web 2 up',
    ]) {
      expect(shown).toContain(text);
    }
    expect(shown).toContain('→ whitewave-prod: 3 ahead');
    expect(shown).toContain('API 4321 left');
    expect(selectedCardName(shown)).toBe('whitewave-staging');
    expect(frameHeight(shown)).toBeLessThan(40);
    // Review apps are compared only once selected.
    expect(services.calls.compare).toEqual([
      'whitewave-staging>whitewave-prod',
      'whitewave-staging-eu>whitewave-prod',
    ]);
    expect(services.calls.remembered).toEqual(['pipe-1']);
  });

  it('shows release trouble, crashed dynos, maintenance and naming warnings', async () => {
    const staging = makeApp('whitewave-staging', 'staging', {
      maintenance: true,
      dynos: [
        {type: 'web', quantity: 2, size: null, up: 1, crashed: 1, starting: 0, idle: 0, down: 0},
      ],
    });
    staging.release = {...staging.release!, status: 'failed'};
    const prod = makeApp('whitewave-prod', 'staging', {
      namingWarning: 'Name says production but the app is coupled as staging.',
    });
    const services = fakeServices(
      {},
      makeBoard([staging, prod, makeApp('real-prod', 'production')]),
    );
    const {frame, stdin} = renderBoard(services);
    const shown = await waitForFrame(frame, (f) => f.includes('crashed'));
    expect(shown).toContain('failed');
    expect(shown).toContain('web 1 up 1 crashed');
    expect(shown).toContain('MAINTENANCE');
    stdin.write('j');
    const warned = await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-prod');
    expect(warned).toContain('⚠ Name says production but the app is coupled as staging.');
  });

  it('moves three rows for three quick presses', async () => {
    const apps = Array.from({length: 8}, (_, i) => makeApp(`app-${i}-staging`, 'staging'));
    const services = fakeServices({}, makeBoard([...apps, makeApp('app-prod', 'production')]));
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, (f) => selectedCardName(f) === 'app-0-staging');
    stdin.write('j');
    stdin.write('j');
    stdin.write(KEYS.down);
    await waitForFrame(frame, (f) => selectedCardName(f) === 'app-3-staging');
    stdin.write('k');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'app-2-staging');
    // A burst that Ink delivers as one string is still three key presses.
    stdin.write('jjj');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'app-5-staging');
    stdin.write('kkk');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'app-2-staging');
    stdin.write('G');
    await waitForFrame(
      frame,
      (f) => selectedCardName(f) === 'app-7-staging' && f.includes('4–8 of 8'),
    );
    stdin.write('g');
    await waitForFrame(
      frame,
      (f) => selectedCardName(f) === 'app-0-staging' && f.includes('1–5 of 8'),
    );
  });

  it('moves between stages with arrows, h/l and Tab', async () => {
    const {frame, stdin} = renderBoard(fakeServices());
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-staging');
    stdin.write('l');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-prod');
    stdin.write(KEYS.tab);
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-pr-12');
    stdin.write(KEYS.right);
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-staging');
  });

  it('filters by name and Esc clears the filter', async () => {
    const {frame, stdin} = renderBoard(fakeServices());
    await waitForFrame(frame, loaded);
    stdin.write('/');
    await waitForFrame(frame, (f) => f.includes('/ ') && f.includes('matches'));
    stdin.write('e');
    stdin.write('u');
    const filtered = await waitForFrame(frame, (f) => f.includes('1 match'));
    expect(filtered).toContain('whitewave-staging-eu');
    expect(filtered).not.toContain('whitewave-pr-12');
    expect(filtered).toContain('no production app matches the filter');
    expect(selectedCardName(filtered)).toBe('whitewave-staging-eu');
    stdin.write(KEYS.escape);
    const cleared = await waitForFrame(frame, (f) => f.includes('whitewave-pr-12'));
    expect(cleared).not.toContain('1 match');
  });

  it('lists every key of the keymap in the help overlay', async () => {
    const {KEYMAP, keysLabel} = await import('../../source/board/keymap.js');
    // Tall enough for the whole table at once (a shorter terminal scrolls it: tested below).
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 120, rows: 120});
    await waitForFrame(frame, loaded);
    stdin.write('?');
    const help = await waitForFrame(frame, (f) => f.includes('Keys'));
    for (const binding of KEYMAP) {
      expect(help).toContain(`${keysLabel(binding)}`);
      expect(help).toContain(binding.description);
    }
    stdin.write('q');
    await waitForFrame(frame, (f) => loaded(f) && !f.includes('Esc, q or ? closes'));
  });

  it('leaves the descriptions room in a narrow terminal', async () => {
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 40, rows: 20});
    await waitForFrame(frame, loaded);
    stdin.write('?');
    const help = await waitForFrame(frame, (f) => f.includes('Keys'));
    expect(help).toContain('previous stage');
    expect(help).toContain('previous app in the stage');
  });

  it('scrolls the help when the terminal is short', async () => {
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 80, rows: 16});
    await waitForFrame(frame, loaded);
    stdin.write('?');
    const top = await waitForFrame(frame, (f) => f.includes('Keys'));
    expect(top).toContain('previous stage');
    expect(frameHeight(top)).toBeLessThan(16);
    stdin.write('G');
    const bottom = await waitForFrame(frame, (f) => f.includes('quit from anywhere'));
    expect(bottom).not.toContain('previous stage');
  });

  it('shows one stage with tabs at 60x20', async () => {
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 60, rows: 20});
    const narrow = await waitForFrame(
      frame,
      (f) => f.includes(' STAGING  2 ') && f.includes('whitewave-staging-eu'),
    );
    // Each tab counts its own stage; nothing after them reads as another stage's count.
    expect(narrow).toMatch(/ REVIEW {2}2 │ {2}STAGING {2}2 │ {2}PRODUCTION {2}1$/m);
    expect(narrow).toContain(' REVIEW ');
    expect(narrow).toContain(' PRODUCTION ');
    expect(narrow).toContain('whitewave-staging-eu');
    expect(narrow).not.toContain('whitewave-pr-12');
    expect(frameHeight(narrow)).toBeLessThan(20);
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    stdin.write('l');
    const prod = await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-prod');
    expect(prod).not.toContain('whitewave-staging-eu');
  });

  it('says the terminal is too small at 30x8, naming the minimum', async () => {
    const {frame} = renderBoard(fakeServices(), {columns: 30, rows: 8});
    const small = await waitForFrame(frame, (f) => f.includes('too small'));
    expect(small).toContain('40x10');
    expect(frameHeight(small)).toBeLessThanOrEqual(8);
  });

  it('follows a resize from wide to narrow and back', async () => {
    const {resize} = await import('./helpers.js');
    const instance = renderBoard(fakeServices());
    await waitForFrame(instance.frame, (f) => f.includes('whitewave-pr-12'));
    resize(instance, {columns: 60, rows: 20});
    const narrow = await waitForFrame(
      instance.frame,
      (f) => loaded(f) && !f.includes('whitewave-pr-12'),
    );
    expect(frameHeight(narrow)).toBeLessThan(20);
    resize(instance, {columns: 120, rows: 40});
    await waitForFrame(instance.frame, (f) => f.includes('whitewave-pr-12'));
  });

  it('draws a commit message with escape sequences as plain text', async () => {
    const evil = makeApp('whitewave-staging', 'staging', {
      commit: {
        sha: 'abcdef1234567890',
        message: 'Fix \u001B]0;pwned\u0007title \u001B[2Jand \u009B31mscreen\u0007',
      },
    });
    const services = fakeServices({}, makeBoard([evil, makeApp('whitewave-prod', 'production')]));
    const {frame, frames} = renderBoard(services);
    await waitForFrame(frame, (f) => f.includes('abcdef1'));
    const raw = frames.join('');
    expect(raw).not.toContain('\u001B]0;');
    expect(raw).not.toContain('\u001B[2J');
    expect(raw).not.toContain('\u009B');
    expect(raw).not.toContain('\u0007');
    expect(await waitForFrame(frame, (f) => f.includes('abcdef1'))).toContain(
      'Fix title and screen',
    );
  });

  it('opens the diff view with Enter and returns with Esc', async () => {
    const services = fakeServices({compare: async () => comparisonResult({ahead: 2})});
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, (f) => f.includes('2 ahead'));
    stdin.write(KEYS.enter);
    const diff = await waitForFrame(
      frame,
      (f) => !f.includes(' PRODUCTION ') && f.includes('whitewave-staging'),
    );
    expect(diff).toContain('whitewave-prod');
    stdin.write(KEYS.escape);
    await waitForFrame(frame, (f) => loaded(f) && f.includes(' PRODUCTION '));
  });

  it('explains why a key does nothing for the selected app', async () => {
    const {frame, stdin} = renderBoard(fakeServices());
    await waitForFrame(frame, loaded);
    stdin.write('l');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-prod');
    stdin.write('p');
    await waitForFrame(frame, (f) => f.includes('Production is the last stage'));
  });

  it('opens the app in the browser with o', async () => {
    const services = fakeServices();
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('o');
    await waitForFrame(frame, (f) =>
      f.includes('Opening https://whitewave-staging.herokuapp.com/'),
    );
    expect(services.calls.openUrl).toEqual(['https://whitewave-staging.herokuapp.com/']);
  });

  it('says where the page is when no browser can show it', async () => {
    const services = fakeServices({
      openUrl: async () => {
        throw new Error('The browser did not open: https://whitewave-staging.herokuapp.com/');
      },
    });
    const {frame, stdin} = renderBoard(services);
    await waitForFrame(frame, loaded);
    stdin.write('o');
    await waitForFrame(frame, (f) =>
      f.includes('The browser did not open: https://whitewave-staging.herokuapp.com/'),
    );
  });

  it('quits with q', async () => {
    const {frame, stdin} = renderBoard(fakeServices());
    await waitForFrame(frame, loaded);
    stdin.write('q');
    await waitFor(() => stdin.listenerCount('readable') === 0, 5000, 'the app to exit');
  });

  it('stays fast with 150 review apps', async () => {
    const reviews = Array.from({length: 150}, (_, i) =>
      makeApp(`whitewave-pr-${String(i).padStart(3, '0')}`, 'review'),
    );
    const board = makeBoard([
      ...reviews,
      makeApp('whitewave-staging', 'staging'),
      makeApp('whitewave-prod', 'production'),
    ]);
    const {frame, stdin} = renderBoard(fakeServices({}, board));
    await waitForFrame(frame, loaded);
    stdin.write('h');
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-pr-000');
    const timings: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const started = performance.now();
      stdin.write('j');
      const expected = `whitewave-pr-${String(i).padStart(3, '0')}`;
      await waitForFrame(frame, (f) => selectedCardName(f) === expected);
      timings.push(performance.now() - started);
    }
    const worst = Math.max(...timings);
    const mean = timings.reduce((a, b) => a + b, 0) / timings.length;
    console.log(
      `150 review apps: keypress to frame mean ${mean.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`,
    );
    expect(worst).toBeLessThan(250);
  });

  it.each([
    [40, 10],
    [60, 20],
    [80, 24],
    [100, 30],
    [120, 40],
    [200, 60],
  ])('keeps every frame inside a %ix%i terminal, help included', async (columns, rows) => {
    const reviews = Array.from({length: 40}, (_, i) => makeApp(`whitewave-pr-${i}`, 'review'));
    const board = makeBoard([
      ...reviews,
      makeApp('whitewave-dev', 'development'),
      makeApp('whitewave-staging', 'staging'),
      makeApp('whitewave-prod', 'production'),
    ]);
    const {frame, stdin} = renderBoard(fakeServices({}, board), {columns, rows});
    const fits = (f: string) =>
      frameHeight(f) < rows && f.split('\n').every((line) => line.length <= columns);
    const shown = await waitForFrame(frame, (f) => f.includes('whitewave-staging'));
    expect(fits(shown)).toBe(true);
    stdin.write('?');
    const help = await waitForFrame(frame, (f) => f.includes('Keys'));
    expect(fits(help)).toBe(true);
  });
});
