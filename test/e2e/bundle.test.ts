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
    expect(bundle).toContain('TwoFrames = class');
    // Ink's wrap-text.js, whose cache keeps every text ever wrapped.
    expect(bundle).not.toContain('String(maxWidth) + String(wrapType)');
    expect(bundle).toContain('RecentlyUsed = class');
    expect(bundle).not.toMatch(/OutputCaches = class|class OutputCaches/);
  });

  it('carries the stubs of the packages it never runs, and React’s production build', () => {
    expect(bundle).toContain('is not bundled with pipeline-tui (scripts/build-stubs)');
    expect(bundle).not.toContain('react.development');
  });
});
