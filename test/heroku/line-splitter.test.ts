import {describe, expect, it} from 'vitest';
import {CUT_MARK, LineSplitter} from '../../source/heroku/line-splitter.js';
import {RecentLines} from '../../source/heroku/recent-lines.js';

describe('LineSplitter', () => {
  it('joins lines split across chunks and drops the CR of CRLF', () => {
    const splitter = new LineSplitter();
    expect(splitter.push(Buffer.from('one\r\ntw'))).toEqual(['one']);
    expect(splitter.push(Buffer.from('o\nthr'))).toEqual(['two']);
    expect(splitter.end()).toEqual(['thr']);
  });

  it('cuts a line at the byte limit, marks it and skips the rest of it', () => {
    const splitter = new LineSplitter(10 * 1024);
    const long = 'x'.repeat(30 * 1024);
    const lines = [
      ...splitter.push(Buffer.from(long.slice(0, 7000))),
      ...splitter.push(Buffer.from(`${long.slice(7000)}\nnext\n`)),
    ];
    expect(lines).toEqual([`${'x'.repeat(10 * 1024)}${CUT_MARK}`, 'next']);
  });

  it('decodes invalid UTF-8 to replacement characters, even when cut inside a character', () => {
    const splitter = new LineSplitter(4);
    const lines = splitter.push(Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0xac, 0x0a]));
    expect(lines).toEqual([`a\ufffdb\ufffd${CUT_MARK}`]);
  });
});

describe('RecentLines', () => {
  it('remembers at most its capacity, forgetting the oldest', () => {
    const recent = new RecentLines(3);
    recent.addAll(['a', 'b', 'c', 'd']);
    expect(recent.size).toBe(3);
    expect(recent.has('a')).toBe(false);
    expect(recent.has('d')).toBe(true);
  });
});
