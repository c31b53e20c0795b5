import {sanitizeText} from '../shared/sanitize.js';

// A one-line text field: its text and where the cursor sits, counted in characters (code
// points), so an emoji or an accented letter is erased and stepped over as one.
export type Line = {value: string; cursor: number};

export type LineChange = {line: Line; entered: boolean};

// Narrows what may be typed into a field, e.g. only digits for a code.
export type KeepText = (text: string) => string;

const BACKSPACE = '\u0008';
const DELETE = '\u007f';
const LINE_BREAK = /[\r\n]/;

export function lineAt(value: string): Line {
  return {value, cursor: [...value].length};
}

// A terminal hands over whatever arrived since the last read as one chunk: a paste, keys
// typed faster than a frame, or a line with its Enter. Its first line break is that Enter:
// the text before it is typed, and the rest is dropped, since a field holds one line and
// what follows was meant for whatever the Enter leads to. Backspaces in the chunk erase, and
// nothing that would move the terminal's cursor or rewrite the frame is ever kept.
export function typeInto(line: Line, chunk: string, keep: KeepText = (text) => text): LineChange {
  const end = chunk.search(LINE_BREAK);
  const typed = end === -1 ? chunk : chunk.slice(0, end);
  const chars = [...line.value];
  let cursor = Math.min(Math.max(0, line.cursor), chars.length);
  // Text is sanitised a run at a time, so an escape sequence is removed whole.
  let run = '';
  const insertRun = () => {
    const text = [...keep(sanitizeText(run))];
    chars.splice(cursor, 0, ...text);
    cursor += text.length;
    run = '';
  };
  for (const char of typed) {
    if (char !== BACKSPACE && char !== DELETE) {
      run += char;
      continue;
    }
    insertRun();
    if (cursor > 0) chars.splice(--cursor, 1);
  }
  insertRun();
  return {line: {value: chars.join(''), cursor}, entered: end !== -1};
}

// Ink names the escape sequences it knows (arrows, Home, F-keys) and hands over the rest
// without their ESC, as if typed: a bracketed paste's markers ("[200~", "[201~"), a
// terminal's answers and reports. None of them is text.
const CSI_REMNANT = /^\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]$/;

export function isEscapeRemnant(input: string): boolean {
  return CSI_REMNANT.test(input);
}

export function eraseBefore(line: Line): Line {
  return typeInto(line, '\u007f').line;
}

export type CursorMove = 'left' | 'right' | 'start' | 'end';

export function moveCursor(line: Line, move: CursorMove): Line {
  const length = [...line.value].length;
  const targets: Record<CursorMove, number> = {
    left: line.cursor - 1,
    right: line.cursor + 1,
    start: 0,
    end: length,
  };
  return {value: line.value, cursor: Math.min(length, Math.max(0, targets[move]))};
}
