import {Box, Text} from 'ink';
import {offeredKeys, orList} from '../board/key-hints.js';
import {helpRows} from './help-rows.js';

// The keys that close the help, from the table.
const CLOSE = orList([...offeredKeys('help', 'back'), ...offeredKeys('help', 'help')]);

// Rows of the overlay that are not key bindings: the title.
const TITLE_ROWS = 1;

// How far the help can scroll in a box of `height` rows.
export function helpMaxOffset(height: number, width: number): number {
  return Math.max(0, helpRows(width).length - Math.max(1, height - TITLE_ROWS));
}

// Every key, straight from the keymap table that the key router also reads.
export function HelpOverlay({
  width,
  height,
  offset,
}: {
  width: number;
  height: number;
  offset: number;
}) {
  const capacity = Math.max(1, height - TITLE_ROWS);
  const rows = helpRows(width);
  const first = Math.min(Math.max(0, offset), helpMaxOffset(height, width));
  const shown = rows.slice(first, first + capacity);
  const scrolls = rows.length > capacity;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text wrap="truncate-end">
        <Text bold>Keys</Text>
        <Text dimColor>
          {scrolls ? `  ${first + 1}–${first + shown.length} of ${rows.length}, ↑↓ scroll` : ''}
          {`  ${CLOSE} closes`}
        </Text>
      </Text>
      {shown.map((row) => (
        <Text key={row.id} wrap="truncate-end">
          <Text color="cyan">{row.keys}</Text>
          <Text color={row.dangerous ? 'red' : undefined}>{row.text}</Text>
          <Text dimColor>{row.note}</Text>
        </Text>
      ))}
    </Box>
  );
}
