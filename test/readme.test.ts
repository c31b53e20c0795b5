import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {KEYMAP, keysLabel} from '../source/board/keymap.js';
import {readmeWithKeys} from '../scripts/readme-keys.js';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('carries the key table generated from the keymap (run `npm run docs` when this fails)', () => {
    expect(readme).toBe(readmeWithKeys(readme));
  });

  it('names every binding of the keymap', () => {
    for (const binding of KEYMAP) expect(readme).toContain(keysLabel(binding).split(' / ')[0]!);
  });
});
