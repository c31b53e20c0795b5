import {describe, expect, it} from 'vitest';
import {parseLogLine} from '../../source/board/log-line.js';
import {logWindow} from '../../source/board/log-window.js';

const lines = Array.from({length: 10}, (_, n) => parseLogLine(`line ${n}`));

describe('logWindow', () => {
  it.each([
    {rows: 3, offset: 0, first: 8, last: 10, following: true},
    {rows: 3, offset: 2, first: 6, last: 8, following: false},
    {rows: 3, offset: 99, first: 1, last: 3, following: false},
    {rows: 20, offset: 5, first: 1, last: 10, following: true},
    {rows: 0, offset: 0, first: 0, last: 10, following: true},
  ])('rows $rows, offset $offset: $first-$last', ({rows, offset, first, last, following}) => {
    const view = logWindow(lines, rows, offset);
    expect({first: view.first, last: view.last, following: view.following}).toEqual({
      first,
      last,
      following,
    });
    expect(view.shown).toHaveLength(first === 0 ? 0 : last - first + 1);
    expect(view.total).toBe(10);
  });

  it('has nothing to show without lines', () => {
    expect(logWindow([], 5, 3)).toMatchObject({shown: [], first: 0, last: 0, offset: 0});
  });
});
