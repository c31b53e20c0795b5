import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, ROOT} from './build.js';

// What the build puts in the bundle in place of packages' own modules (scripts/build.mjs).

let bundle = '';

beforeAll(async () => {
  await ensureBuilt();
  const files = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  bundle = files(join(ROOT, 'dist'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}, 300_000);

describe('the bundle', () => {
  it('draws and measures text with the program’s modules, not Ink’s', () => {
    // source/terminal/ink-output.ts, ink-measure-text.ts and ink-wrap-text.ts.
    expect(bundle).toMatch(/function charsToString\d*\(/);
    // The bounded caches of the measured and of the wrapped texts.
    expect(bundle.match(/new TwoGenerations\((5e3|5000)\)/g)).toHaveLength(2);
    // Ink's output.js and wrap-text.js, whose caches keep every text ever drawn or wrapped.
    expect(bundle).not.toMatch(/OutputCaches = class|class OutputCaches/);
    expect(bundle).not.toContain('String(maxWidth) + String(wrapType)');
  });

  it('carries the stubs of the packages it never runs, and React’s production build', () => {
    expect(bundle).toContain('is not bundled with pipeline-tui (scripts/build-stubs)');
    expect(bundle).not.toContain('react.development');
  });
});
