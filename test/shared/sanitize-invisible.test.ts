import {describe, expect, it} from 'vitest';
import {firstLine, sanitizeText} from '../../source/shared/sanitize.js';

// Characters a terminal draws as nothing: each one left in makes Ink's column count disagree
// with the screen, which clips names and misaligns columns.
const INVISIBLE: Array<[string, string]> = [
  ['zero width space', '\u200b'],
  ['zero width non-joiner', '\u200c'],
  ['zero width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['function application', '\u2061'],
  ['invisible times', '\u2062'],
  ['invisible separator', '\u2063'],
  ['invisible plus', '\u2064'],
  ['byte order mark', '\ufeff'],
  ['soft hyphen', '\u00ad'],
  ['mongolian vowel separator', '\u180e'],
  ['mongolian variation selector', '\u180b'],
  ['combining grapheme joiner', '\u034f'],
  ['khmer inherent vowel', '\u17b4'],
  ['tag latin small a', '\u{e0061}'],
  ['cancel tag', '\u{e007f}'],
  ['language tag', '\u{e0001}'],
  ['shorthand format control', '\u{1bca0}'],
  ['musical format control', '\u{1d173}'],
];

describe('sanitizeText removes invisible characters', () => {
  it.each(INVISIBLE)('%s', (_name, char) => {
    const hostile = `web${char}-${char}${char}prod`;
    expect(sanitizeText(hostile)).toBe('web-prod');
    expect(firstLine(`${char}subject${char}\nbody`)).toBe('subject');
  });

  it('a run of tag characters hiding a word leaves only the visible text', () => {
    const hidden = Array.from('ignore me', (c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)));
    expect(sanitizeText(`app${hidden.join('')}.rb`)).toBe('app.rb');
  });

  it('nothing is left that Ink would count as a column', () => {
    const cleaned = sanitizeText('\u200b\u200b\u200bdb/\ufeffmigrate\u00ad.rb\u2060');
    expect(cleaned).toBe('db/migrate.rb');
    expect([...cleaned]).toHaveLength(13);
  });

  it('keeps wide characters, emoji and their variation selectors', () => {
    expect(sanitizeText('日本語 ❤️ 🚀 é')).toBe('日本語 ❤️ 🚀 é');
  });

  it('keeps ordinary astral characters around a removed tag', () => {
    expect(sanitizeText('𝐀\u{e0041}𝐁')).toBe('𝐀𝐁');
  });
});
