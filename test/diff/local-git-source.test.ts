import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  createDiffService,
  createLocalGitSource,
  type DiffEndpoint,
} from '../../source/diff/index.js';
import {createGitFixture, type GitFixture} from './git-fixture.js';

const staging = (sha: string | null): DiffEndpoint => ({
  appId: 'a-stg',
  appName: 'shop-staging',
  sha,
});
const prod = (sha: string | null): DiffEndpoint => ({appId: 'a-prd', appName: 'shop-prod', sha});

describe('local git source', () => {
  let repo: GitFixture;
  let base: string;
  let feature1: string;
  let feature2: string;
  let hotfix: string;
  let orphan: string;

  beforeAll(() => {
    repo = createGitFixture();
    base = repo.commit('Initial shop', {'app.js': 'one\ntwo\n', 'old.txt': 'bye\n'});
    feature1 = repo.commit('Add checkout\n\nLonger body that is not shown.', {
      'checkout.js': 'a\nb\nc\n',
      'old.txt': null,
    });
    feature2 = repo.commit(
      'Fix login \u001b[31mred\u001b[0m\u001b]0;pwned\u0007',
      {
        'app.js': 'one\n2\nthree\n',
        'dir with space/logo.bin': Buffer.from([0, 1, 2, 3, 0, 255]),
      },
      '2025-05-31T09:00:00Z',
    );
    repo.git('checkout', '--quiet', '-b', 'hotfix', base);
    hotfix = repo.commit('Hotfix: payment timeout', {'pay.js': 'x\n'});
    repo.git('checkout', '--quiet', '--orphan', 'elsewhere');
    orphan = repo.commit('Unrelated history', {'other.txt': 'z\n'});
    repo.git('checkout', '--quiet', 'main');
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
  });

  afterAll(() => repo.remove());

  it('lists what staging has that production lacks, oldest first, with files', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const result = await source.compare(staging(feature2), prod(base));
    expect(result).toMatchObject({
      status: 'ahead',
      ahead: 2,
      behind: 0,
      source: 'local-git',
      reason: null,
    });
    expect(result?.commits.map((c) => c.sha)).toEqual([feature1, feature2]);
    expect(result?.commits[0]).toMatchObject({
      shortSha: feature1.slice(0, 7),
      author: 'Ada Lovelace',
      message: 'Add checkout',
      date: '2025-05-30T10:00:00Z',
      url: `https://github.com/acme/shop/commit/${feature1}`,
    });
    // Escape sequences in a commit subject never reach the screen.
    expect(result?.commits[1]?.message).toBe('Fix login red');
    expect(result?.behindCommits).toEqual([]);
    const files = Object.fromEntries(result!.files.map((f) => [f.filename, f]));
    expect(files['checkout.js']).toMatchObject({status: 'added', additions: 3, deletions: 0});
    expect(files['old.txt']).toMatchObject({status: 'removed', additions: 0, deletions: 1});
    expect(files['app.js']).toMatchObject({status: 'modified', additions: 2, deletions: 1});
    expect(files['dir with space/logo.bin']).toMatchObject({status: 'added', additions: 0});
    expect(result?.compareUrl).toBe(
      `https://github.com/acme/shop/compare/${base.slice(0, 12)}...${feature2.slice(0, 12)}`,
    );
  });

  it('says behind when only production has a commit (a hotfix)', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const result = await source.compare(staging(base), prod(hotfix));
    expect(result).toMatchObject({status: 'behind', ahead: 0, behind: 1, commits: [], files: []});
    expect(result?.behindCommits.map((c) => c.message)).toEqual(['Hotfix: payment timeout']);
  });

  it('gives both counts and both lists when the histories diverged', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const result = await source.compare(staging(feature2), prod(hotfix));
    expect(result).toMatchObject({status: 'diverged', ahead: 2, behind: 1});
    expect(result?.commits.map((c) => c.sha)).toEqual([feature1, feature2]);
    expect(result?.behindCommits.map((c) => c.sha)).toEqual([hotfix]);
    // The files are what staging changed since the common ancestor, not the hotfix undone.
    expect(result?.files.map((f) => f.filename)).not.toContain('pay.js');
  });

  it('says identical for the same commit', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    expect(await source.compare(staging(feature1), prod(feature1))).toMatchObject({
      status: 'identical',
      ahead: 0,
      behind: 0,
      commits: [],
    });
  });

  it('names the missing commit when the checkout does not have it', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const missing = 'deadbeef'.repeat(5);
    const result = await source.compare(staging(missing), prod(base));
    expect(result).toMatchObject({status: 'unknown', source: 'local-git', ahead: null});
    expect(result?.reason).toMatch(/does not have commit deadbee/);
  });

  it('refuses a SHA that is not hex instead of passing it to git', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const result = await source.compare(staging('--output=/tmp/x'), prod(base));
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toMatch(/shop-staging .* is not a git SHA/);
  });

  it('says when two commits share no history', async () => {
    const source = createLocalGitSource({repoPath: repo.path});
    const result = await source.compare(staging(orphan), prod(feature2));
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toMatch(/share no history/);
  });

  it('cannot answer outside a git checkout, and the service says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pipeline-tui-nogit-'));
    try {
      const source = createLocalGitSource({repoPath: empty});
      expect(await source.compare(staging(feature1), prod(base))).toBeNull();
      const result = await createDiffService([source]).compare(staging(feature1), prod(base));
      expect(result).toMatchObject({status: 'unknown', source: 'none'});
      expect(result.reason).toMatch(/not connected to GitHub and no local git checkout/);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });

  it('has no compare link when the remote is not a known host', async () => {
    const other = createGitFixture();
    try {
      const first = other.commit('one', {'a.txt': '1\n'});
      const second = other.commit('two', {'a.txt': '2\n'});
      other.git('remote', 'add', 'origin', 'https://git.example.org/acme/shop.git');
      const result = await createLocalGitSource({repoPath: other.path}).compare(
        staging(second),
        prod(first),
      );
      expect(result).toMatchObject({status: 'ahead', ahead: 1, compareUrl: null});
      expect(result?.commits[0]?.url).toBeNull();
    } finally {
      other.remove();
    }
  });
});
