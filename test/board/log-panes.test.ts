import {describe, expect, it} from 'vitest';
import {parseLogLine} from '../../source/board/log-line.js';
import {
  FOLLOWING,
  anchoredOffset,
  logPaneApps,
  nextInCycle,
  scrollAt,
  scrollBy,
  seenSources,
} from '../../source/board/log-panes.js';
import {makeApp, makeBoard} from '../ui/fixtures.js';
import {appText, routerText} from '../ui/logs/fixtures.js';

describe('logPaneApps', () => {
  const dev = makeApp('shop-dev', 'development');
  const staging = makeApp('shop-staging', 'staging');
  const prod = makeApp('shop-prod', 'production');
  const board = makeBoard([dev, staging, prod]);

  it('puts staging first and production beside it, focused on the app the key was pressed on', () => {
    expect(logPaneApps(board, staging.id)).toEqual({apps: [staging, prod], focused: 0});
    expect(logPaneApps(board, prod.id)).toEqual({apps: [staging, prod], focused: 1});
  });

  it('shows other stages alone, and a stage without its counterpart alone', () => {
    expect(logPaneApps(board, dev.id)).toEqual({apps: [dev], focused: 0});
    const alone = makeBoard([prod]);
    expect(logPaneApps(alone, prod.id)).toEqual({apps: [prod], focused: 0});
    expect(logPaneApps(alone, 'gone')).toEqual({apps: [], focused: 0});
  });
});

describe('the filters’ cycles', () => {
  const lines = [
    appText(1, 'worker.1'),
    routerText(2, 200),
    appText(3, 'web.2'),
    appText(4, 'web.1'),
    `${'2026-12-03T10:00:05.000000+00:00'} heroku[api]: Release v3 created`,
  ].map(parseLogLine);

  it('names the types web first and the router last, and the dynos by type and number', () => {
    expect(seenSources(lines)).toEqual({
      types: ['web', 'worker', 'router'],
      dynos: ['web.1', 'web.2', 'worker.1'],
    });
  });

  it('goes through each value, then back to none', () => {
    const values = ['web', 'worker', 'router'];
    expect(nextInCycle(values, null)).toBe('web');
    expect(nextInCycle(values, 'web')).toBe('worker');
    expect(nextInCycle(values, 'router')).toBeNull();
    expect(nextInCycle(values, 'gone')).toBe('web');
    expect(nextInCycle([], null)).toBeNull();
  });
});

describe('scrolling back while lines arrive', () => {
  const lines = Array.from({length: 50}, (_, i) => parseLogLine(appText(i)));

  it('keeps the same lines in view as new ones come in', () => {
    const scroll = scrollBy(lines, FOLLOWING, 10, 5);
    expect(anchoredOffset(lines, scroll)).toBe(5);
    const more = [...lines, ...Array.from({length: 7}, (_, i) => parseLogLine(appText(60 + i)))];
    expect(anchoredOffset(more, scroll)).toBe(12);
  });

  it('stops at the oldest line, and follows the tail again at zero', () => {
    expect(anchoredOffset(lines, scrollBy(lines, FOLLOWING, 10, 500))).toBe(40);
    expect(scrollBy(lines, scrollAt(lines, 3), 10, -10)).toBe(FOLLOWING);
  });
});
