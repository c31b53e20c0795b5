import {describe, expect, it} from 'vitest';
import type {CommitComparison} from '../../source/board/types.js';
import {createDiffService, type DiffEndpoint, type DiffSource} from '../../source/diff/index.js';

const up = (sha: string | null): DiffEndpoint => ({appId: 'up', appName: 'shop-staging', sha});
const down = (sha: string | null): DiffEndpoint => ({appId: 'down', appName: 'shop-prod', sha});

function answer(
  status: CommitComparison['status'],
  reason: string | null = null,
): CommitComparison {
  const known = status !== 'unknown';
  return {
    status,
    ahead: known ? 2 : null,
    behind: known ? 0 : null,
    commits: [],
    behindCommits: [],
    files: [],
    compareUrl: null,
    source: 'github',
    reason,
  };
}

type FakeSource = DiffSource & {calls: Array<[string | null, string | null]>};

function fakeSource(
  name: DiffSource['name'],
  reply: (up: DiffEndpoint, down: DiffEndpoint) => Promise<CommitComparison | null>,
  repository: string | null = 'acme/shop',
): FakeSource {
  const calls: Array<[string | null, string | null]> = [];
  return {
    name,
    calls,
    repository: async () => repository,
    compare: async (u, d) => {
      calls.push([u.sha, d.sha]);
      return reply(u, d);
    },
  };
}

describe('diff service', () => {
  it('answers a missing commit without asking any source', async () => {
    const source = fakeSource('github', async () => answer('ahead'));
    const service = createDiffService([source]);
    const one = await service.compare(up('aaaa111'), down(null));
    expect(one).toMatchObject({status: 'unknown', source: 'none'});
    expect(one.reason).toBe(
      'shop-prod has no release with a commit yet, so there is nothing to compare.',
    );
    const both = await service.compare(up(null), down(null));
    expect(both.reason).toMatch(/^Neither shop-staging nor shop-prod has a release with a commit/);
    expect(source.calls).toEqual([]);
  });

  it('says up to date for the same SHA without a request', async () => {
    const source = fakeSource('github', async () => answer('ahead'));
    const result = await createDiffService([source]).compare(up('ABCDEF1'), down('abcdef1'));
    expect(result).toMatchObject({status: 'identical', ahead: 0, behind: 0, reason: null});
    expect(source.calls).toEqual([]);
  });

  it('tries the sources in order and takes the first that can answer', async () => {
    const github = fakeSource('github', async () => null);
    const local = fakeSource('local-git', async () => ({...answer('ahead'), source: 'local-git'}));
    const result = await createDiffService([github, local]).compare(up('aaaa111'), down('bbbb222'));
    expect(result).toMatchObject({status: 'ahead', source: 'local-git'});
    expect(github.calls).toHaveLength(1);
  });

  it('keeps the first failure when no later source knows better', async () => {
    const github = fakeSource('github', async () => answer('unknown', 'GitHub rate limit.'));
    const local = fakeSource('local-git', async () => null);
    const service = createDiffService([github, local]);
    expect(await service.compare(up('aaaa111'), down('bbbb222'))).toMatchObject({
      status: 'unknown',
      reason: 'GitHub rate limit.',
      source: 'github',
    });
    // A later source that does know wins over the earlier failure.
    const rescue = fakeSource('local-git', async () => answer('behind'));
    expect(
      (await createDiffService([github, rescue]).compare(up('aaaa111'), down('bbbb222'))).status,
    ).toBe('behind');
  });

  it('says that no source could answer', async () => {
    const result = await createDiffService([
      fakeSource('github', async () => null),
      fakeSource('local-git', async () => null),
    ]).compare(up('aaaa111'), down('bbbb222'));
    expect(result).toMatchObject({status: 'unknown', source: 'none'});
    expect(result.reason).toMatch(
      /^Cannot compare: .* not connected to GitHub and no local git checkout/,
    );
  });

  it('never throws: a failing source becomes a reason', async () => {
    const broken = fakeSource('github', async () => {
      throw new Error('socket hang up');
    });
    const result = await createDiffService([broken]).compare(up('aaaa111'), down('bbbb222'));
    expect(result).toMatchObject({status: 'unknown', source: 'github'});
    expect(result.reason).toBe('The comparison failed unexpectedly: socket hang up.');
  });

  it('does not compare an unmoved pair twice, and does when a side moves', async () => {
    const source = fakeSource('github', async () => answer('ahead'));
    const service = createDiffService([source]);
    const first = await service.compare(up('aaaa111'), down('bbbb222'));
    const again = await service.compare(up('aaaa111'), down('bbbb222'));
    expect(again).toEqual(first);
    expect(source.calls).toEqual([['aaaa111', 'bbbb222']]);
    await service.compare(up('cccc333'), down('bbbb222'));
    expect(source.calls).toHaveLength(2);
  });

  it('shares one request between callers asking at the same time', async () => {
    let release: (value: CommitComparison) => void = () => undefined;
    const source = fakeSource('github', () => new Promise((resolve) => (release = resolve)));
    const service = createDiffService([source]);
    const both = Promise.all([
      service.compare(up('aaaa111'), down('bbbb222')),
      service.compare(up('aaaa111'), down('bbbb222')),
    ]);
    await expect.poll(() => source.calls.length).toBe(1);
    release(answer('ahead'));
    const [a, b] = await both;
    expect(a.status).toBe('ahead');
    expect(b).toBe(a);
    expect(source.calls).toHaveLength(1);
  });

  it('asks again after a failure, which may be over by then', async () => {
    let fail = true;
    const source = fakeSource('github', async () =>
      fail ? answer('unknown', 'GitHub could not be reached.') : answer('ahead'),
    );
    const service = createDiffService([source]);
    expect((await service.compare(up('aaaa111'), down('bbbb222'))).status).toBe('unknown');
    fail = false;
    expect((await service.compare(up('aaaa111'), down('bbbb222'))).status).toBe('ahead');
    expect(source.calls).toHaveLength(2);
  });

  it('does not cache when the source names no repository', async () => {
    const source = fakeSource('github', async () => answer('ahead'), null);
    const service = createDiffService([source]);
    await service.compare(up('aaaa111'), down('bbbb222'));
    await service.compare(up('aaaa111'), down('bbbb222'));
    expect(source.calls).toHaveLength(2);
  });

  it('keeps the cache bounded, dropping the least recently used pair', async () => {
    const source = fakeSource('github', async () => answer('ahead'));
    const service = createDiffService([source], {maxEntries: 2});
    await service.compare(up('aaaa001'), down('bbbb222'));
    await service.compare(up('aaaa002'), down('bbbb222'));
    await service.compare(up('aaaa001'), down('bbbb222')); // used again: now the newest
    await service.compare(up('aaaa003'), down('bbbb222')); // evicts aaaa002
    await service.compare(up('aaaa001'), down('bbbb222'));
    expect(source.calls).toHaveLength(3);
    await service.compare(up('aaaa002'), down('bbbb222'));
    expect(source.calls).toHaveLength(4);
  });
});
