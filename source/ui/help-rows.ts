import {KEYMAP, MODE_NAMES, keysLabel, type KeyBinding} from '../board/keymap.js';

// The help's rows: one per key binding, its description wrapped under itself when the
// terminal is too narrow for it, so no description is cut.

export type HelpRow = {
  keys: string; // padded to the key column; blank on a continuation row
  text: string;
  note: string; // where the key works, whether it asks first (dim)
  dangerous: boolean;
  id: string;
};

// Where a binding works, said only when it is not the board.
function whereLabel(binding: KeyBinding): string {
  if (binding.modes.includes('board') || binding.modes.length === Object.keys(MODE_NAMES).length)
    return '';
  return ` (in ${binding.modes.map((m) => MODE_NAMES[m]).join(', ')})`;
}

// The key column fits the longest list of keys, but never takes more than a third of a
// narrow terminal: the descriptions need the room more.
const LONGEST_KEYS = Math.max(...KEYMAP.map((b) => keysLabel(b).length));
export function keyColumnWidth(width: number): number {
  return Math.min(LONGEST_KEYS + 2, Math.max(12, Math.floor(width / 3)));
}

function keysCell(binding: KeyBinding, keyWidth: number): string {
  const label = keysLabel(binding);
  const room = keyWidth - 2;
  return (label.length > room ? `${label.slice(0, room - 1)}…` : label).padEnd(keyWidth);
}

// Words onto lines of at most `room` characters; a word longer than a line is cut.
function wrapWords(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if ([...next].length <= room || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

const rowsByWidth = new Map<number, HelpRow[]>();

export function helpRows(width: number): HelpRow[] {
  const kept = rowsByWidth.get(width);
  if (kept) return kept;
  const keyWidth = keyColumnWidth(width);
  const room = Math.max(8, width - keyWidth);
  const rows: HelpRow[] = [];
  KEYMAP.forEach((binding, index) => {
    const note = `${whereLabel(binding)}${binding.dangerous ? ' (asks before it acts)' : ''}`;
    const descriptionLength = binding.description.length;
    const lines = wrapWords(`${binding.description}${note}`, room);
    let used = 0;
    lines.forEach((line, i) => {
      // Which part of the line is the description, which the dim note.
      const start = used;
      used += line.length + 1;
      const split = Math.max(0, Math.min(line.length, descriptionLength - start));
      rows.push({
        keys: i === 0 ? keysCell(binding, keyWidth) : ' '.repeat(keyWidth),
        text: line.slice(0, split),
        note: line.slice(split),
        dangerous: binding.dangerous === true,
        id: `${binding.command}-${index}-${i}`,
      });
    });
  });
  rowsByWidth.set(width, rows);
  return rows;
}
