import cliTruncate from 'cli-truncate';
import wrapAnsi from 'wrap-ansi';
import {TwoGenerations} from './bounded-cache.js';

// Ink 6.8's wrap-text.js with a bounded cache: Ink's keeps every text it ever wrapped or cut.
// The build puts it in place of Ink's own (scripts/build.mjs).

type WrapType =
  'wrap' | 'end' | 'middle' | 'truncate-end' | 'truncate' | 'truncate-middle' | 'truncate-start';
const cache = new TwoGenerations<string>(5000);

function wrap(text: string, maxWidth: number, wrapType: WrapType): string {
  if (wrapType === 'wrap') return wrapAnsi(text, maxWidth, {trim: false, hard: true});
  if (wrapType.startsWith('truncate')) {
    const position =
      wrapType === 'truncate-middle' ? 'middle' : wrapType === 'truncate-start' ? 'start' : 'end';
    return cliTruncate(text, maxWidth, {position});
  }
  return text;
}

export default function wrapText(text: string, maxWidth: number, wrapType: WrapType): string {
  return cache.get(`${maxWidth}\n${wrapType}\n${text}`, () => wrap(text, maxWidth, wrapType));
}

export const wrappedTexts = () => cache.entries;
