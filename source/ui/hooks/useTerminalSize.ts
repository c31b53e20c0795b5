import {useEffect, useRef, useState} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {columns: number; rows: number};

// Used when stdout does not know its size (not a terminal).
const FALLBACK: TerminalSize = {columns: 80, rows: 24};

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

// The whole screen is cleared when the terminal changes width or loses rows: the terminal
// has reflowed the old frame by then, and Ink's own clearing (the old frame's lines, counted
// from the cursor) can leave a border glyph behind. The next frame differs from the last
// (its width or height changed), so Ink draws it whole onto the cleared screen.
export const CLEAR_SCREEN = '\u001B[2J\u001B[3J\u001B[H';

export function needsFullClear(previous: TerminalSize, next: TerminalSize): boolean {
  return next.columns !== previous.columns || next.rows < previous.rows;
}

// The terminal's size, following resizes.
export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  const drawn = useRef(size);
  useEffect(() => {
    const onResize = () => {
      const previous = drawn.current;
      const next = sizeOf(stdout);
      if (next.columns === previous.columns && next.rows === previous.rows) return;
      if (stdout.isTTY && needsFullClear(previous, next)) stdout.write(CLEAR_SCREEN);
      drawn.current = next;
      setSize(next);
    };
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
