import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {setFilter, setPaused, appendLines} from '../../../source/board/log-buffer.js';
import {parseLogLine} from '../../../source/board/log-line.js';
import {LogPane} from '../../../source/ui/logs/LogPane.js';
import {LogsView, sideBySide} from '../../../source/ui/logs/LogsView.js';
import {plain, renderAt, unmountAll, waitForFrame} from '../helpers.js';
import {appText, bufferOf, routerText} from './fixtures.js';

const level = chalk.level;
beforeAll(() => {
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = level;
});
afterEach(() => unmountAll());

const lines = (frame: string) => plain(frame).split('\n');

describe('LogPane', () => {
  it('follows the newest lines, with the position and the filter', async () => {
    const buffer = bufferOf(Array.from({length: 30}, (_, n) => appText(n)));
    const ui = renderAt(
      <LogPane title="shop-prod" buffer={buffer} offset={0} notice={null} width={60} height={8} />,
      {columns: 60, rows: 8},
    );
    const frame = await waitForFrame(ui, (f) => f.includes('shop-prod'));
    expect(lines(frame)[0]).toBe('shop-prod · following · 25-30 of 30');
    expect(lines(frame)[1]).toBe('filter: all lines');
    expect(frame).toContain('line 29');
    expect(frame).toContain('line 24');
    expect(frame).not.toContain('line 23');
  });

  it('scrolls back, says how far, and shows the paused marker with the count held', async () => {
    let buffer = bufferOf(Array.from({length: 30}, (_, n) => appText(n)));
    buffer = setPaused(buffer, true);
    buffer = appendLines(buffer, [parseLogLine(appText(31))]);
    const ui = renderAt(
      <LogPane title="shop-prod" buffer={buffer} offset={10} notice={null} width={60} height={8} />,
      {columns: 60, rows: 8},
    );
    const frame = await waitForFrame(ui, (f) => f.includes('PAUSED'));
    expect(lines(frame)[0]).toBe('shop-prod · PAUSED (1 new) · 15-20 of 30');
    expect(frame).toContain('line 19');
    expect(frame).not.toContain('line 31');
  });

  it('colours router lines by status class and H errors in bold red', async () => {
    const buffer = bufferOf([routerText(1, 200), routerText(2, 404), routerText(3, 503, 'H12')]);
    const ui = renderAt(
      <LogPane title="shop" buffer={buffer} offset={0} notice={null} width={200} height={6} />,
      {columns: 200, rows: 6},
    );
    const frame = ui.lastFrame() ?? '';
    const row = (needle: string) => frame.split('\n').find((r) => r.includes(needle)) ?? '';
    expect(row('status=200')).toContain('\u001b[32m');
    expect(row('status=404')).toContain('\u001b[33m');
    expect(row('code=H12')).toContain('\u001b[31m');
    expect(row('code=H12')).toContain('\u001b[1m');
    expect(row('status=200')).not.toContain('\u001b[1m');
  });

  it('shows the filter and only the lines that pass it', async () => {
    const buffer = setFilter(bufferOf([appText(1, 'web.1'), appText(2, 'worker.1')]), {
      processType: 'worker',
    });
    const ui = renderAt(
      <LogPane title="shop" buffer={buffer} offset={0} notice={null} width={60} height={6} />,
      {columns: 60, rows: 6},
    );
    const frame = plain(ui.lastFrame());
    expect(frame).toContain('filter: type worker');
    expect(frame).toContain('line 2');
    expect(frame).not.toContain('line 1\n');
    expect(lines(frame)[0]).toBe('shop · following · 1-1 of 1');
  });

  it('says the stream reconnected and how long it had no data', () => {
    const ui = renderAt(
      <LogPane
        title="shop"
        buffer={bufferOf([appText(1)])}
        offset={0}
        notice={{kind: 'reconnected', gapMs: 3200}}
        width={70}
        height={6}
      />,
      {columns: 70, rows: 6},
    );
    expect(plain(ui.lastFrame())).toContain(
      'The stream dropped; reconnected after 3.2 s without data.',
    );
  });

  it('draws a hostile 10 kB line with escapes and broken UTF-8 within one row', () => {
    const hostile = Buffer.concat([
      Buffer.from(`${routerText(1, 200).slice(0, 40)} \u001b]0;title\u0007\u001b[2J\u001b[H`),
      Buffer.from([0xff, 0xc3]),
      Buffer.from('A'.repeat(10_240)),
    ]).toString('utf8');
    const ui = renderAt(
      <LogPane
        title="shop"
        buffer={bufferOf([hostile])}
        offset={0}
        notice={null}
        width={50}
        height={5}
      />,
      {columns: 50, rows: 5},
    );
    const frame = ui.lastFrame() ?? '';
    expect(frame).not.toContain('\u001b]');
    expect(frame).not.toContain('\u001b[2J');
    expect(frame).not.toContain('\u0007');
    for (const row of lines(frame)) expect([...row].length).toBeLessThanOrEqual(50);
    expect(plain(frame)).toContain('\ufffd');
  });
});

describe('LogsView', () => {
  const panes = [
    {title: 'shop-staging', buffer: bufferOf([appText(1)]), offset: 0, notice: null},
    {title: 'shop-prod', buffer: bufferOf([appText(2)]), offset: 0, notice: null},
  ];

  it('puts two apps side by side when wide enough', () => {
    const ui = renderAt(<LogsView panes={panes} focused={1} width={140} height={8} />, {
      columns: 140,
      rows: 8,
    });
    const first = lines(ui.lastFrame() ?? '')[0]!;
    expect(first).toContain('shop-staging');
    expect(first).toContain('shop-prod');
    expect(sideBySide(140, 2)).toBe(true);
  });

  it('shows only the focused app on a narrow terminal, saying which of two it is', () => {
    const ui = renderAt(
      <LogsView panes={panes} focused={1} width={80} height={8} hint="Tab: other app" />,
      {columns: 80, rows: 8},
    );
    const frame = plain(ui.lastFrame());
    expect(frame).toContain('shop-prod');
    expect(frame).not.toContain('shop-staging');
    expect(frame).toContain('2 of 2 · Tab: other app');
  });
});
