import {Box, Text} from 'ink';
import {offeredKeys, orList} from '../board/key-hints.js';
import {KEYMAP, MODE_NAMES, keysLabel, type KeyBinding} from '../board/keymap.js';

// The keys that close the help, from the table.
const CLOSE = orList([...offeredKeys('help', 'back'), ...offeredKeys('help', 'help')]);

// Rows of the overlay that are not key bindings: the title.
const TITLE_ROWS = 1;

// Where a binding works, said only when it is not the board.
function whereLabel(binding: KeyBinding): string {
  if (binding.modes.includes('board') || binding.modes.length === Object.keys(MODE_NAMES).length)
    return '';
  return ` (in ${binding.modes.map((m) => MODE_NAMES[m]).join(', ')})`;
}

// The key column fits the longest list of keys, but never takes more than a third of a
// narrow terminal: the descriptions need the room more.
const LONGEST_KEYS = Math.max(...KEYMAP.map((b) => keysLabel(b).length));
function keyColumnWidth(width: number): number {
  return Math.min(LONGEST_KEYS + 2, Math.max(12, Math.floor(width / 3)));
}

function keysCell(binding: KeyBinding, keyWidth: number): string {
  const label = keysLabel(binding);
  const room = keyWidth - 2;
  return (label.length > room ? `${label.slice(0, room - 1)}…` : label).padEnd(keyWidth);
}

// How far the help can scroll in a box of `height` rows.
export function helpMaxOffset(height: number): number {
  return Math.max(0, KEYMAP.length - Math.max(1, height - TITLE_ROWS));
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
  const first = Math.min(Math.max(0, offset), helpMaxOffset(height));
  const shown = KEYMAP.slice(first, first + capacity);
  const keyWidth = keyColumnWidth(width);
  const scrolls = KEYMAP.length > capacity;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text wrap="truncate-end">
        <Text bold>Keys</Text>
        <Text dimColor>
          {scrolls ? `  ${first + 1}–${first + shown.length} of ${KEYMAP.length}, ↑↓ scroll` : ''}
          {`  ${CLOSE} closes`}
        </Text>
      </Text>
      {shown.map((binding, i) => (
        <Text key={`${binding.command}-${first + i}`} wrap="truncate-end">
          <Text color="cyan">{keysCell(binding, keyWidth)}</Text>
          <Text color={binding.dangerous ? 'red' : undefined}>{binding.description}</Text>
          <Text dimColor>
            {whereLabel(binding)}
            {binding.dangerous ? ' (asks before it acts)' : ''}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
