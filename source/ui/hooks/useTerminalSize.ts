import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {columns: number; rows: number};

// Used when stdout does not know its size (not a terminal).
const FALLBACK: TerminalSize = {columns: 80, rows: 24};

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

// The terminal's size, following resizes. Ink clears the screen itself when the width
// shrinks; the board's frame follows the new height, so no stale lines stay behind.
export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () =>
      setSize((previous) => {
        const next = sizeOf(stdout);
        return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
      });
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
