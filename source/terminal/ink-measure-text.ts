import widestLine from 'widest-line';
import {TwoGenerations} from './bounded-cache.js';

// Ink 6.8's measure-text.js with a bounded cache: Ink's keeps every text it ever measured.
// The build puts it in place of Ink's own (scripts/build.mjs).

type Dimensions = {width: number; height: number};
const EMPTY: Dimensions = Object.freeze({width: 0, height: 0});
const cache = new TwoGenerations<Dimensions>(5000);

export default function measureText(text: string): Dimensions {
  if (text.length === 0) return EMPTY;
  return cache.get(text, () => ({width: widestLine(text), height: text.split('\n').length}));
}

export const measuredTexts = () => cache.entries;
