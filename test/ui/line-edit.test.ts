import {describe, expect, it} from 'vitest';
import {
  eraseBefore,
  isEscapeRemnant,
  lineAt,
  moveCursor,
  typeInto,
} from '../../source/ui/line-edit.js';

// C0 controls, DEL and C1 controls: what a terminal acts on instead of drawing.
const hasControl = (text: string) =>
  [...text].some((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

describe('typeInto', () => {
  it.each([
    ['a line and its carriage return', 'whitewave-prod\r'],
    ['a line and CR LF', 'whitewave-prod\r\n'],
    ['a line and a line feed', 'whitewave-prod\n'],
  ])('types %s and reports the Enter', (_what, chunk) => {
    expect(typeInto(lineAt(''), chunk)).toEqual({
      line: {value: 'whitewave-prod', cursor: 14},
      entered: true,
    });
  });

  it('types a chunk without a line break and reports no Enter', () => {
    expect(typeInto(lineAt('white'), 'wave')).toEqual({
      line: {value: 'whitewave', cursor: 9},
      entered: false,
    });
  });

  it('drops what follows the first line break', () => {
    const typed = typeInto(lineAt(''), 'first\rsecond\rthird');
    expect(typed).toEqual({line: {value: 'first', cursor: 5}, entered: true});
  });

  it('inserts at the cursor and keeps the text after it, also with an Enter', () => {
    const typed = typeInto({value: 'white-prod', cursor: 5}, 'wave\r');
    expect(typed).toEqual({line: {value: 'whitewave-prod', cursor: 9}, entered: true});
  });

  it('applies backspaces that arrive in the same chunk', () => {
    expect(typeInto(lineAt('ab'), 'c\u007f\u007fx\u0008yz').line).toEqual({
      value: 'ayz',
      cursor: 3,
    });
    expect(typeInto(lineAt(''), '\u007f\u007fa').line).toEqual({value: 'a', cursor: 1});
  });

  it('keeps no character that could move the cursor or rewrite the frame', () => {
    const chunk = 'a\tb\u0007c\u009b31md\u001b[2Je\u202Ef\u0000g\u001b]0;title\u0007h';
    const {line} = typeInto(lineAt(''), chunk);
    expect(hasControl(line.value)).toBe(false);
    expect(line.value).not.toContain('\u202E');
    expect(line.value).toBe('a bcdefgh');
    expect(line.cursor).toBe([...line.value].length);
  });

  it('narrows the text with keep, after the controls are gone', () => {
    const digits = (text: string) => text.replace(/\D/g, '');
    expect(typeInto(lineAt(''), '123 456\u0007\r', digits)).toEqual({
      line: {value: '123456', cursor: 6},
      entered: true,
    });
  });

  it('counts characters, not UTF-16 units', () => {
    const typed = typeInto(lineAt('é'), '😀');
    expect(typed.line).toEqual({value: 'é😀', cursor: 2});
    expect(eraseBefore(typed.line)).toEqual({value: 'é', cursor: 1});
  });

  it('clamps a cursor outside the text', () => {
    expect(typeInto({value: 'ab', cursor: 9}, 'c').line).toEqual({value: 'abc', cursor: 3});
  });
});

describe('moveCursor and eraseBefore', () => {
  it('moves within the text and stops at its ends', () => {
    const line = {value: 'abc', cursor: 1};
    expect(moveCursor(line, 'left')).toEqual({value: 'abc', cursor: 0});
    expect(moveCursor(moveCursor(line, 'left'), 'left')).toEqual({value: 'abc', cursor: 0});
    expect(moveCursor(line, 'right')).toEqual({value: 'abc', cursor: 2});
    expect(moveCursor(lineAt('abc'), 'right')).toEqual({value: 'abc', cursor: 3});
    expect(moveCursor(line, 'start')).toEqual({value: 'abc', cursor: 0});
    expect(moveCursor(line, 'end')).toEqual({value: 'abc', cursor: 3});
  });

  it('erases the character before the cursor, and nothing at the start', () => {
    expect(eraseBefore({value: 'abc', cursor: 2})).toEqual({value: 'ac', cursor: 1});
    expect(eraseBefore({value: 'abc', cursor: 0})).toEqual({value: 'abc', cursor: 0});
  });
});

describe('isEscapeRemnant', () => {
  it('knows what Ink leaves of escape sequences it does not name', () => {
    for (const input of ['[200~', '[201~', '[2J', '[I', '[<0;3;4M', '[?1;2c']) {
      expect(isEscapeRemnant(input)).toBe(true);
    }
  });

  it('takes anything else for text', () => {
    for (const input of ['[', 'whitewave', 'OK', '123456', '[a b]', 'HRKU-aa11']) {
      expect(isEscapeRemnant(input)).toBe(false);
    }
  });
});
