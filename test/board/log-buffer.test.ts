import {describe, expect, it} from 'vitest';
import {
  appendLines,
  describeFilter,
  emptyLogBuffer,
  setFilter,
  setPaused,
  visibleLines,
} from '../../source/board/log-buffer.js';
import {parseLogLine} from '../../source/board/log-line.js';

const TS = '2026-12-03T09:52:29.123456+00:00';
const web = (n: number) => parseLogLine(`${TS} app[web.1]: request ${n}`);
const worker = parseLogLine(`${TS} app[worker.1]: Performed SendReceiptJob`);
const router = parseLogLine(
  `${TS} heroku[router]: at=info method=GET path="/" dyno=web.2 status=200`,
);

describe('the log buffer', () => {
  it('keeps only the newest lines up to its capacity and counts the dropped ones', () => {
    let buffer = emptyLogBuffer(3);
    buffer = appendLines(buffer, [web(1), web(2)]);
    buffer = appendLines(buffer, [web(3), web(4), web(5)]);
    expect(buffer.lines.map((l) => l.message)).toEqual(['request 3', 'request 4', 'request 5']);
    expect(buffer.dropped).toBe(2);
  });

  it('holds lines while paused and shows them on resume', () => {
    let buffer = appendLines(emptyLogBuffer(10), [web(1)]);
    buffer = setPaused(buffer, true);
    buffer = appendLines(buffer, [web(2), web(3)]);
    expect(buffer.lines).toHaveLength(1);
    expect(buffer.held).toHaveLength(2);
    buffer = setPaused(buffer, false);
    expect(buffer.lines.map((l) => l.message)).toEqual(['request 1', 'request 2', 'request 3']);
    expect(buffer.held).toEqual([]);
  });

  it('bounds what is held while paused too', () => {
    let buffer = setPaused(emptyLogBuffer(2), true);
    buffer = appendLines(buffer, [web(1), web(2), web(3), web(4)]);
    expect(buffer.held).toHaveLength(2);
    expect(setPaused(buffer, false).lines.map((l) => l.message)).toEqual([
      'request 3',
      'request 4',
    ]);
  });

  it('filters by process type, dyno and text', () => {
    const buffer = appendLines(emptyLogBuffer(), [web(1), worker, router, web(22)]);
    expect(visibleLines(setFilter(buffer, {processType: 'worker'}))).toEqual([worker]);
    expect(visibleLines(setFilter(buffer, {processType: 'router'}))).toEqual([router]);
    expect(visibleLines(setFilter(buffer, {dyno: 'web.2'}))).toEqual([router]);
    expect(visibleLines(setFilter(buffer, {text: 'REQUEST 2'}))).toEqual([web(22)]);
    expect(visibleLines(buffer)).toHaveLength(4);
    expect(describeFilter(setFilter(buffer, {processType: 'web', text: 'x'}).filter)).toBe(
      'type web, text "x"',
    );
    expect(describeFilter(buffer.filter)).toBe('all lines');
  });
});
