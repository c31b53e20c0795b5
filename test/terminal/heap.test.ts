import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const HEAP = fileURLToPath(new URL('../../source/terminal/heap.ts', import.meta.url));

// A child that allocates as a board load does (many objects surviving a collection), then
// says how large V8's young generation became, in MiB.
function youngGenerationAfterLoad(keepSmall: boolean): number {
  const script = `
    import v8 from 'node:v8';
    ${keepSmall ? `const {keepHeapSmall} = await import(${JSON.stringify(HEAP)}); keepHeapSmall();` : ''}
    const kept = [];
    for (let i = 0; i < 2e6; i++) {
      const item = {id: i, name: 'app-' + i, tags: [i]};
      if (i % 20 === 0) kept.push(item);
      if (kept.length > 40000) kept.splice(0, 20000);
    }
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(young.space_size / 1048576);
  `;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  expect(result.stderr).toBe('');
  return Number(result.stdout.trim());
}

describe('the garbage collector’s settings for a long session', () => {
  it('keep the young generation at its first size where V8 would grow it', () => {
    const grown = youngGenerationAfterLoad(false);
    const kept = youngGenerationAfterLoad(true);
    expect(grown).toBeGreaterThanOrEqual(8);
    expect(kept).toBeLessThanOrEqual(4);
  }, 60_000);
});
