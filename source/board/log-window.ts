import type {LogLine} from './log-line.js';

// Which lines a pane of `rows` shows, `offset` lines up from the newest (0: following the tail).

export type LogWindow = {
  shown: LogLine[];
  offset: number; // clamped: never past the oldest line
  first: number; // 1-based position of the top line shown; 0 when there are none
  last: number;
  total: number;
  following: boolean;
};

export function logWindow(lines: readonly LogLine[], rows: number, offset: number): LogWindow {
  const total = lines.length;
  const room = Math.max(0, rows);
  const maxOffset = Math.max(0, total - room);
  const clamped = Math.min(Math.max(0, Math.trunc(offset)), maxOffset);
  const end = total - clamped;
  const start = Math.max(0, end - room);
  return {
    shown: lines.slice(start, end),
    offset: clamped,
    first: end > start ? start + 1 : 0,
    last: end,
    total,
    following: clamped === 0,
  };
}
