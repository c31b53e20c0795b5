import {describe, expect, it} from 'vitest';
import {firstLine, sanitizeText} from '../../source/shared/sanitize.js';

// Nothing that a terminal would act on may survive: no ESC, no C0 or C1 control, no bidi
// control. Checked on every output below in addition to the exact expected text.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/u; // eslint-disable-line no-control-regex

describe('sanitizeText', () => {
  it.each([
    ['plain text is kept', 'Fix the header', 'Fix the header'],
    ['unicode is kept', 'Corrige l’en-tête 🚀 日本語', 'Corrige l’en-tête 🚀 日本語'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['empty', '', ''],
    ['title change OSC with BEL', 'ok\x1b]0;pwned\x07 done', 'ok done'],
    ['title change OSC with ST', 'ok\x1b]2;pwned\x1b\\ done', 'ok done'],
    [
      'OSC 8 hyperlink keeps only its text',
      '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\',
      'click',
    ],
    ['OSC 52 clipboard write', 'a\x1b]52;c;cm0gLXJmIH4=\x07b', 'ab'],
    ['unterminated OSC hides the rest', 'safe\x1b]0;never ends', 'safe'],
    ['clear screen', '\x1b[2Jhello', 'hello'],
    ['clear and home', '\x1b[H\x1b[2J\x1b[3Jgone', 'gone'],
    ['colours', '\x1b[1;31mred\x1b[0m text', 'red text'],
    ['cursor up and erase line', 'line\x1b[1A\x1b[2Kover', 'lineover'],
    ['cursor position', 'a\x1b[10;20Hb', 'ab'],
    ['private mode (hide cursor, alt screen)', '\x1b[?25l\x1b[?1049hx', 'x'],
    ['CSI with intermediate byte', 'a\x1b[2 qb', 'ab'],
    ['8-bit CSI', 'a\x9b2Jb', 'ab'],
    ['8-bit CSI colour', '\x9b31mred', 'red'],
    ['8-bit OSC ended by 8-bit ST', 'a\x9d0;pwned\x9cb', 'ab'],
    ['8-bit OSC ended by BEL', 'a\x9d0;pwned\x07b', 'ab'],
    ['DCS', 'a\x1bP1$qm\x1b\\b', 'ab'],
    ['8-bit DCS', 'a\x90q#0;2;0;0;0\x9cb', 'ab'],
    ['APC', 'a\x1b_Gf=100;AAAA\x1b\\b', 'ab'],
    ['8-bit APC', 'a\x9fpayload\x9cb', 'ab'],
    ['PM', 'a\x1b^private\x1b\\b', 'ab'],
    ['SOS', 'a\x1bXstring\x1b\\b', 'ab'],
    ['8-bit SOS and PM', 'a\x98s\x9cb\x9ep\x9cc', 'abc'],
    ['terminal reset ESC c', 'a\x1bcb', 'ab'],
    ['save and restore cursor', '\x1b7a\x1b8b', 'ab'],
    ['charset designation', 'a\x1b(0b\x1b(B', 'ab'],
    ['ESC at the very end', 'abc\x1b', 'abc'],
    ['ESC ESC', 'a\x1b\x1b[31mb', 'ab'],
    ['string aborted by a new sequence', 'a\x1b]0;t\x1b[31mb', 'ab'],
    ['BEL', 'ding\x07dong', 'dingdong'],
    ['backspace overwrite', 'rm -rf /\b\b\b\b\b\b\b\bls', 'rm -rf /ls'],
    ['CR overwrite trick', 'Deploy ok\rrm -rf ~', 'Deploy okrm -rf ~'],
    ['CRLF is a line break', 'one\r\ntwo', 'one two'],
    ['newline', 'one\ntwo', 'one two'],
    ['tab', 'a\tb', 'a b'],
    ['vertical tab and form feed', 'a\vb\fc', 'a b c'],
    ['NEL and unicode separators', 'a\x85b\u2028c\u2029d', 'a b c d'],
    ['NUL and DEL', 'a\x00b\x7fc', 'abc'],
    ['other C1 controls', 'a\x84b\x8dc\x9ad', 'abcd'],
    ['right-to-left override', 'whitewave-\u202Edorp', 'whitewave-dorp'],
    ['all embeddings and overrides', '\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069d', 'abcd'],
    ['direction marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
  ])('%s', (_name, input, expected) => {
    const out = sanitizeText(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(UNSAFE);
  });

  it('is idempotent', () => {
    const nasty = 'x\x1b[2J\x9b1m\u202Ey\x1b]0;t\x07\r\nz';
    expect(sanitizeText(sanitizeText(nasty))).toBe(sanitizeText(nasty));
  });

  it('keeps clean text as the same string', () => {
    const clean = 'Merge pull request #12 from whitewave/fix';
    expect(sanitizeText(clean)).toBe(clean);
  });

  it('never lets a control through, whatever the input', () => {
    // Every code point up to U+00FF and the bidi range, in every position around ESC.
    const codes = [...Array(0x100).keys(), 0x61c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069];
    for (const a of codes) {
      for (const b of [0x1b, 0x9b, 0x9d, 0x5b, 0x5d]) {
        const input = `p${String.fromCharCode(b)}${String.fromCharCode(a)}q${String.fromCharCode(a)}`;
        expect(sanitizeText(input)).not.toMatch(UNSAFE);
      }
    }
  });
});

describe('firstLine', () => {
  it.each([
    ['a single line', 'Fix the header', 'Fix the header'],
    ['subject and body', 'Fix the header\n\nThe body explains.', 'Fix the header'],
    ['CRLF', 'Fix it\r\nmore', 'Fix it'],
    ['leading blank lines', '\n\n   \nReal subject\nbody', 'Real subject'],
    ['trimmed', '   padded subject   \n', 'padded subject'],
    ['tabs become spaces', '\tindented\tsubject', 'indented subject'],
    ['escape sequences removed', '\x1b[31mred\x1b[0m subject\nbody', 'red subject'],
    [
      'an OSC spanning lines does not leak',
      '\x1b]0;title\nstill title\x07Subject\nbody',
      'Subject',
    ],
    ['a line of controls only is empty', '\x1b[2J\x07\nSecond', 'Second'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['only whitespace', ' \n\t\n ', ''],
  ])('%s', (_name, input, expected) => {
    expect(firstLine(input)).toBe(expected);
  });
});
