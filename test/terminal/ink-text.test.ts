import {describe, expect, it} from 'vitest';
// Ink's own modules, which the build replaces (scripts/build.mjs).
import inkMeasureText from '../../node_modules/ink/build/measure-text.js';
import inkWrapText from '../../node_modules/ink/build/wrap-text.js';
import {TwoGenerations} from '../../source/terminal/bounded-cache.js';
import measureText, {measuredTexts} from '../../source/terminal/ink-measure-text.js';
import wrapText, {wrappedTexts} from '../../source/terminal/ink-wrap-text.js';

const TEXTS = [
  '',
  'plain',
  'two\nlines, the second longer',
  '\u001B[31mred text that runs past the width\u001B[39m',
  '漢字の列が長く続く行',
  '👍 a thumb and a flag 🇩🇪',
  'e\u0301 combined and a tab\tafter',
];
const WRAPS = [
  'wrap',
  'truncate',
  'truncate-end',
  'truncate-middle',
  'truncate-start',
  'end',
  'middle',
] as const;

describe('Ink’s text measuring and wrapping, with bounded caches', () => {
  it('measures as Ink measures', () => {
    for (const text of TEXTS) expect(measureText(text), text).toEqual(inkMeasureText(text));
  });

  it('wraps and cuts as Ink does, at every width', () => {
    for (const text of TEXTS) {
      for (const type of WRAPS) {
        for (const width of [1, 3, 8, 20, 80]) {
          expect(wrapText(text, width, type), `${type} ${width} ${text}`).toBe(
            inkWrapText(text, width, type),
          );
        }
      }
    }
  });

  it('keeps at most ten thousand texts however many are shown', () => {
    for (let n = 0; n < 30_000; n++) {
      measureText(`refreshed 12:00:${n}`);
      wrapText(`log line ${n}`, 40, 'truncate-end');
    }
    expect(measuredTexts()).toBeLessThanOrEqual(10_000);
    expect(wrappedTexts()).toBeLessThanOrEqual(10_000);
  });
});

describe('the bounded caches', () => {
  it('keep what is used again and let go of what is not', () => {
    let made = 0;
    const make = (key: string) => ((made += 1), key.length);
    const recent = new TwoGenerations<number>(2);
    recent.get('a', make);
    recent.get('b', make);
    recent.get('c', make); // a and b move to the older half
    recent.get('a', make); // found there, kept
    recent.get('d', make);
    recent.get('e', make); // b was not used again: let go
    expect(made).toBe(5);
    recent.get('a', make);
    expect(made).toBe(5);
    recent.get('b', make);
    expect(made).toBe(6);

    const frames = new TwoGenerations<number>();
    frames.get('x', make);
    frames.rotate();
    frames.get('x', make); // from the frame before
    expect(made).toBe(7);
    frames.rotate();
    frames.rotate(); // a frame that did not use it
    frames.get('x', make);
    expect(made).toBe(8);
  });
});
