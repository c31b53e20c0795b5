import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {
  ansiCodesToString,
  diffAnsiCodes,
  styledCharsFromTokens,
  tokenize,
  type AnsiCode,
  type StyledChar,
} from '@alcalzone/ansi-tokenize';
import {TwoGenerations} from './bounded-cache.js';

// Ink 6.8's frame buffer (ink/build/output.js), drawing the same characters, with what it
// recomputed on every frame kept from one frame to the next. The build puts it in place of
// Ink's own module (scripts/build.mjs); test/terminal/ink-output.test.ts holds both to the
// same results.
//
// Ink draws the whole tree into a fresh Output on every frame: each line of text is split
// into one object per character with its styles, the screen is a new grid of those, and each
// row is turned back into a string. On a board of 120x40 that is thousands of objects a
// frame for a few changed cells: most of a key press's time and the garbage that made the
// heap grow. Here a line's characters, the widths and the clipped slices are kept while the
// last two frames used them, the blank cell is one shared object, and a row whose cells are
// the same objects as in the frame before reuses that frame's string.

type Clip = {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
};
type Transformer = (line: string, index: number) => string;
type Operation =
  | {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
  | {type: 'clip'; clip: Clip}
  | {type: 'unclip'};

const styledChars = new TwoGenerations<StyledChar[]>();
const widths = new TwoGenerations<number>();
const blockWidths = new TwoGenerations<number>();
const slices = new TwoGenerations<string>();

const BLANK: StyledChar = Object.freeze({
  type: 'char',
  value: ' ',
  fullWidth: false,
  styles: Object.freeze([]) as unknown as AnsiCode[],
}) as StyledChar;

const NO_STYLES: AnsiCode[] = [];

// The empty cell after a wide character, one per character, so that a row holding one is
// still made of the same objects from frame to frame.
const covers = new WeakMap<StyledChar, StyledChar>();
function coverOf(character: StyledChar): StyledChar {
  let cover = covers.get(character);
  if (!cover) {
    cover = {type: 'char', value: '', fullWidth: false, styles: character.styles};
    covers.set(character, cover);
  }
  return cover;
}

function sameStyles(a: AnsiCode[], b: AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.code !== b[i]!.code || a[i]!.endCode !== b[i]!.endCode) return false;
  }
  return true;
}

// ansi-tokenize's styledCharsToString, without computing the difference of two equal styles
// (it is empty) for every character.
function charsToString(chars: StyledChar[]): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (i === 0) out += ansiCodesToString(char.styles);
    else {
      const before = chars[i - 1]!.styles;
      if (!sameStyles(before, char.styles))
        out += ansiCodesToString(diffAnsiCodes(before, char.styles));
    }
    out += char.value;
    if (i === chars.length - 1 && char.styles.length > 0)
      out += ansiCodesToString(diffAnsiCodes(char.styles, NO_STYLES));
  }
  return out;
}

const stringWidthOf = (text: string) => widths.get(text, stringWidth);

function widestLineOf(text: string): number {
  return blockWidths.get(text, () => {
    let widest = 0;
    for (const line of text.split('\n')) widest = Math.max(widest, stringWidthOf(line));
    return widest;
  });
}

type Row = {cells: StyledChar[]; text: string};
// The rows of the last frame, by line number, to reuse a row that did not change.
let lastRows: Row[] = [];

function sameCells(a: StyledChar[], b: StyledChar[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export default class Output {
  width: number;
  height: number;
  private readonly operations: Operation[] = [];

  constructor(options: {width: number; height: number}) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void {
    if (!text) return;
    this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
  }

  clip(clip: Clip): void {
    this.operations.push({type: 'clip', clip});
  }

  unclip(): void {
    this.operations.push({type: 'unclip'});
  }

  get(): {output: string; height: number} {
    const output: StyledChar[][] = [];
    for (let y = 0; y < this.height; y++)
      output.push(new Array<StyledChar>(this.width).fill(BLANK));
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      if (operation.type === 'unclip') clips.pop();
      if (operation.type === 'write') this.draw(output, operation, clips.at(-1));
    }
    const rows = output.map((line, y): Row => {
      // Cells past the width may leave holes, which Ink leaves out.
      const cells = line.length > this.width ? line.filter((item) => item !== undefined) : line;
      const last = lastRows[y];
      if (last && sameCells(last.cells, cells)) return last;
      return {cells, text: charsToString(cells).trimEnd()};
    });
    lastRows = rows;
    for (const cache of [styledChars, widths, blockWidths, slices]) cache.rotate();
    return {output: rows.map((row) => row.text).join('\n'), height: output.length};
  }

  private draw(
    output: StyledChar[][],
    operation: Extract<Operation, {type: 'write'}>,
    clip: Clip | undefined,
  ): void {
    const {text, transformers} = operation;
    let {x, y} = operation;
    let lines = text.split('\n');
    if (clip) {
      const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
      const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
      // Entirely outside the clipping area: nothing to draw.
      if (clipHorizontally) {
        const width = widestLineOf(text);
        if (x + width < clip.x1! || x > clip.x2!) return;
      }
      if (clipVertically) {
        if (y + lines.length < clip.y1! || y > clip.y2!) return;
      }
      if (clipHorizontally) {
        const x1 = clip.x1!;
        const x2 = clip.x2!;
        lines = lines.map((line) => {
          const from = x < x1 ? x1 - x : 0;
          const width = stringWidthOf(line);
          const to = x + width > x2 ? x2 - x : width;
          return slices.get(`${from}:${to}:${line}`, () => sliceAnsi(line, from, to));
        });
        if (x < x1) x = x1;
      }
      if (clipVertically) {
        const from = y < clip.y1! ? clip.y1! - y : 0;
        const height = lines.length;
        const to = y + height > clip.y2! ? clip.y2! - y : height;
        lines = lines.slice(from, to);
        if (y < clip.y1!) y = clip.y1!;
      }
    }
    let offsetY = 0;
    for (const [index, drawn] of lines.entries()) {
      const currentLine = output[y + offsetY];
      // Text taller than the output: the rest is not drawn.
      if (!currentLine) continue;
      let line = drawn;
      for (const transformer of transformers) line = transformer(line, index);
      const characters = styledChars.get(line, (key) => styledCharsFromTokens(tokenize(key)));
      let offsetX = x;
      for (const character of characters) {
        currentLine[offsetX] = character;
        // Printed width by string-width, as the layout measured it.
        const characterWidth = Math.max(1, stringWidthOf(character.value));
        // A wide character covers the cells after it.
        for (let i = 1; i < characterWidth; i++) currentLine[offsetX + i] = coverOf(character);
        offsetX += characterWidth;
      }
      offsetY++;
    }
  }
}
