// Commit messages, app names, release descriptions and error messages come from people
// and servers we do not control. A terminal obeys the control sequences hidden in them
// (retitle the window, clear the screen, move the cursor, rewrite a line, reverse text
// direction), so every such string is scrubbed before it can reach the screen.

const ESC = 0x1b;
const BEL = 0x07;
const CAN = 0x18;
const SUB = 0x1a;
const CR = 0x0d;
const LF = 0x0a;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_OSC = 0x9d;
const C1_PM = 0x9e;
const C1_APC = 0x9f;

// Tab, line feed, vertical tab, form feed, NEL, line and paragraph separators.
function isBreakOrTab(c: number): boolean {
  return (c >= 0x09 && c <= 0x0c) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function isLineBreak(c: number): boolean {
  return c === LF || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

// Invisible direction controls can make `prod` read as `dorp` or hide text behind an
// isolate; the marks (ALM, LRM, RLM) carry no meaning worth keeping on a board either.
function isBidiControl(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

// Default-ignorable characters: a terminal draws nothing for them while Ink counts a column,
// so a name holding one is clipped or misaligned. Variation selectors stay (emoji need them).
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x034f ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200d) ||
    (c >= 0x2060 && c <= 0x2065) ||
    c === 0xfeff ||
    (c >= 0xfff0 && c <= 0xfff8)
  );
}

// Astral default-ignorables, from a surrogate pair: tags (U+E0000-E007F), unassigned
// U+E0080-E00FF, shorthand format controls (U+1BCA0-1BCA3), musical format controls.
function isInvisibleAstral(point: number): boolean {
  return (
    (point >= 0xe0000 && point <= 0xe00ff) ||
    (point >= 0x1bca0 && point <= 0x1bca3) ||
    (point >= 0x1d173 && point <= 0x1d17a)
  );
}

function astralAt(text: string, i: number): number | null {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  if (high < 0xd800 || high > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return null;
  return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
}

function isDroppedControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || isInvisible(c);
}

// CSI parameters and intermediates, then one final byte. A sequence cut short by some
// other character ends there, as it does in a terminal.
function skipCsi(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x3f) i++;
    else if (c >= 0x40 && c <= 0x7e) return i + 1;
    else return i;
  }
  return i;
}

// OSC, DCS, SOS, PM and APC run to a string terminator: BEL, ESC \ or 8-bit ST. An
// unterminated one swallows the rest of the text, which a terminal would also hide.
function skipControlString(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BEL || c === C1_ST || c === CAN || c === SUB) return i + 1;
    if (c === ESC) {
      // ESC \ is the terminator; any other ESC aborts the string and starts a new sequence.
      return text.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
    }
    i++;
  }
  return i;
}

// i points just past an ESC.
function skipEscape(text: string, i: number): number {
  if (i >= text.length) return i;
  const c = text.charCodeAt(i);
  if (c === 0x5b) return skipCsi(text, i + 1); // [
  // ] P X ^ _ : OSC, DCS, SOS, PM, APC
  if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f) {
    return skipControlString(text, i + 1);
  }
  if (c >= 0x20 && c <= 0x2f) {
    // nF sequences such as ESC ( B: intermediates, then a final byte.
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
    const f = text.charCodeAt(j);
    return f >= 0x30 && f <= 0x7e ? j + 1 : j;
  }
  // Two-character sequences: ESC c (reset), ESC 7 / ESC 8 (save/restore cursor), ESC M ...
  if (c >= 0x30 && c <= 0x7e) return i + 1;
  return i;
}

// Removes escape sequences and controls. Line breaks become `lineBreak`, tabs a space.
// A lone CR is dropped: it only serves to overwrite what was already printed.
function scrub(text: string, lineBreak: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const astral = c >= 0xd800 && c <= 0xdbff ? astralAt(text, i) : null;
    if (astral !== null) {
      if (isInvisibleAstral(astral)) {
        out += text.slice(start, i);
        start = i + 2;
      }
      i += 2;
      continue;
    }
    if (!isDroppedControl(c) && !isBreakOrTab(c)) {
      i++;
      continue;
    }
    out += text.slice(start, i);
    let next = i + 1;
    if (c === ESC) next = skipEscape(text, i + 1);
    else if (c === C1_CSI) next = skipCsi(text, i + 1);
    else if (c === C1_OSC || c === C1_DCS || c === C1_SOS || c === C1_PM || c === C1_APC) {
      next = skipControlString(text, i + 1);
    } else if (c === CR && text.charCodeAt(i + 1) === LF) {
      out += lineBreak;
      next = i + 2;
    } else if (isLineBreak(c)) out += lineBreak;
    else if (c === 0x09) out += ' ';
    start = next;
    i = next;
  }
  return start === 0 ? text : out + text.slice(start);
}

// Text from outside, made safe to draw on one line.
export function sanitizeText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return scrub(String(text), ' ');
}

// The first non-empty line, sanitised and trimmed: a commit's subject.
export function firstLine(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  for (const line of scrub(String(text), '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return '';
}
