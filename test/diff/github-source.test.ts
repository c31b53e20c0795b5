import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  createDiffService,
  createGitHubSource,
  createLocalGitSource,
  type GitHubSourceOptions,
} from '../../source/diff/index.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {compareRequests, endpoint} from './sim-helpers.js';

const STAGING = 'whitewave-staging';
const PROD = 'whitewave-prod';

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator();
});

afterEach(async () => {
  await sim.close();
});

function source(overrides: Partial<GitHubSourceOptions> = {}) {
  return createGitHubSource({
    kolkrabbiUrl: new URL(sim.kolkrabbiUrl),
    githubApiUrl: new URL(sim.githubUrl),
    herokuToken: sim.token,
    ...overrides,
  });
}

// A small history of our own on top of the demo: production at p0, staging two commits
// ahead (a1, a2), and a hotfix h1 that only production has.
function history() {
  const p0 = sim.deploy(PROD, {message: 'Release 2025.06', author: 'Maya Chen'}).sha;
  const a1 = sim.deploy(STAGING, {
    message: 'Add checkout v2',
    author: 'Priya Raman',
    parent: p0,
  }).sha;
  const a2 = sim.deploy(STAGING, {message: 'Fix login redirect\n\nDetails.', parent: a1}).sha;
  const h1 = sim.deploy(PROD, {message: 'Hotfix: payment timeout', parent: p0}).sha;
  return {p0, a1, a2, h1};
}

describe('GitHub source against the simulator', () => {
  it('lists what staging would ship: counts, commits oldest first, files, compare URL', async () => {
    const {p0, a1, a2} = history();
    const result = await source().compare(endpoint(sim, STAGING, a2), endpoint(sim, PROD, p0));
    expect(result).toMatchObject({
      status: 'ahead',
      ahead: 2,
      behind: 0,
      source: 'github',
      reason: null,
    });
    expect(result?.commits.map((c) => c.sha)).toEqual([a1, a2]);
    expect(result?.commits[0]).toMatchObject({
      shortSha: a1.slice(0, 7),
      message: 'Add checkout v2',
    });
    expect(result?.commits[0]?.author).toBeTruthy();
    expect(result?.commits[1]?.message).toBe('Fix login redirect');
    expect(Date.parse(result?.commits[0]?.date ?? '')).not.toBeNaN();
    expect(result?.behindCommits).toEqual([]);
    expect(result?.files.length).toBeGreaterThan(0);
    // GitHub's address names both commits in full; the one shown names them in twelve.
    expect(result?.compareUrl).toMatch(
      /^https:\/\/github\.com\/whitewave-co\/whitewave\/compare\/[0-9a-f]{12}\.\.\.[0-9a-f]{12}$/,
    );
  });

  it('says behind for a hotfix only production has, and lists it', async () => {
    const {p0, h1} = history();
    const result = await source().compare(endpoint(sim, STAGING, p0), endpoint(sim, PROD, h1));
    expect(result).toMatchObject({status: 'behind', ahead: 0, behind: 1, commits: []});
    expect(result?.behindCommits.map((c) => [c.sha, c.message])).toEqual([
      [h1, 'Hotfix: payment timeout'],
    ]);
  });

  it('gives both counts and both lists when the histories diverged', async () => {
    const {a1, a2, h1} = history();
    const result = await source().compare(endpoint(sim, STAGING, a2), endpoint(sim, PROD, h1));
    expect(result).toMatchObject({status: 'diverged', ahead: 2, behind: 1});
    expect(result?.commits.map((c) => c.sha)).toEqual([a1, a2]);
    expect(result?.behindCommits.map((c) => c.sha)).toEqual([h1]);
  });

  it('says identical for the same commit; the service needs no request for it', async () => {
    const {a2} = history();
    expect(
      await source().compare(endpoint(sim, STAGING, a2), endpoint(sim, PROD, a2)),
    ).toMatchObject({status: 'identical', ahead: 0, behind: 0});
    const before = sim.requests.length;
    const result = await createDiffService([source()]).compare(
      endpoint(sim, STAGING, a2),
      endpoint(sim, PROD, a2),
    );
    expect(result).toMatchObject({status: 'identical', ahead: 0, behind: 0, reason: null});
    expect(sim.requests.length).toBe(before);
  });

  it('reads the demo: whitewave staging is ahead of production', async () => {
    const result = await createDiffService([source()]).compare(
      endpoint(sim, STAGING),
      endpoint(sim, PROD),
    );
    expect(result.status).toBe('ahead');
    expect(result.ahead).toBe(result.commits.length);
    expect(result.ahead).toBeGreaterThan(0);
  });

  it('says different repositories', async () => {
    const other = sim.state.apps.find(
      (a) => a.githubConnected && a.repo !== 'whitewave-co/whitewave',
    );
    expect(other).toBeDefined();
    const result = await source().compare(endpoint(sim, STAGING), endpoint(sim, other!.name));
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toBe(
      `whitewave-staging deploys from whitewave-co/whitewave and ${other!.name} from ${other!.repo}: different repositories cannot be compared.`,
    );
  });

  it('cannot answer for apps not connected to GitHub; with no checkout either, the service says so', async () => {
    const loose = sim.state.apps.filter((a) => !a.githubConnected).map((a) => a.name);
    expect(loose.length).toBeGreaterThanOrEqual(2);
    const [up = '', down = ''] = loose;
    expect(
      await source().compare(endpoint(sim, up), endpoint(sim, down, 'a'.repeat(40))),
    ).toBeNull();
    const empty = mkdtempSync(join(tmpdir(), 'pipeline-tui-nogit-'));
    try {
      const result = await createDiffService([
        source(),
        createLocalGitSource({repoPath: empty}),
      ]).compare(endpoint(sim, up), endpoint(sim, down, 'a'.repeat(40)));
      expect(result).toMatchObject({status: 'unknown', source: 'none'});
      expect(result.reason).toMatch(/not connected to GitHub and no local git checkout/);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });

  it('says when an app has no release with a commit', async () => {
    const result = await createDiffService([source()]).compare(
      endpoint(sim, STAGING),
      endpoint(sim, PROD, null),
    );
    expect(result.reason).toBe(
      'whitewave-prod has no release with a commit yet, so there is nothing to compare.',
    );
    expect(compareRequests(sim)).toHaveLength(0);
  });

  it('names a commit GitHub does not know (force-pushed away)', async () => {
    const gone = 'deadbeef'.repeat(5);
    const result = await source().compare(endpoint(sim, STAGING, gone), endpoint(sim, PROD));
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toMatch(
      /^GitHub cannot find commit deadbee or [0-9a-f]{7} in whitewave-co\/whitewave: it may have been force-pushed away\.$/,
    );
  });

  it('explains GitHub 401, 403 and an exhausted rate limit', async () => {
    const up = endpoint(sim, STAGING);
    const down = endpoint(sim, PROD);
    const wrong = await source({githubToken: 'ghp_not-the-right-one'}).compare(up, down);
    expect(wrong?.reason).toBe(
      'GitHub refused the GitHub token (HTTP 401): check GITHUB_TOKEN or the saved GitHub token.',
    );

    sim.faults.add({kind: 'status', status: 401, path: /\/compare\//, times: 1});
    expect((await source().compare(up, down))?.reason).toMatch(
      /^GitHub refused the token of Heroku's GitHub integration \(HTTP 401\)/,
    );

    sim.faults.add({kind: 'status', status: 403, path: /\/compare\//, times: 1});
    expect((await source().compare(up, down))?.reason).toBe(
      'GitHub denied access to whitewave-co/whitewave (HTTP 403): the GitHub token cannot read this repository.',
    );

    sim.state.github.rateLimitRemaining = 0;
    expect((await source().compare(up, down))?.reason).toBe(
      "GitHub's API rate limit is used up; the comparison will work again once it resets.",
    );
    sim.state.github.rateLimitRemaining = 5000;

    const reset = Math.floor(Date.now() / 1000) + 600;
    sim.faults.add({
      kind: 'status',
      status: 403,
      path: /\/compare\//,
      times: 1,
      headers: {'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset)},
    });
    expect((await source().compare(up, down))?.reason).toMatch(
      /^GitHub's API rate limit is used up until \d\d:\d\d; the comparison will work again then\.$/,
    );
  });

  it('says the Heroku account is not linked to GitHub, unless a GitHub token is given', async () => {
    sim.state.github.linked = false;
    const up = endpoint(sim, STAGING);
    const down = endpoint(sim, PROD);
    const result = await source().compare(up, down);
    expect(result).toMatchObject({status: 'unknown', source: 'github'});
    expect(result?.reason).toBe(
      'Your Heroku account is not linked to GitHub: link it in the Heroku Dashboard, or set GITHUB_TOKEN.',
    );
    const before = sim.requests.length;
    const own = await source({githubToken: sim.githubToken}).compare(up, down);
    expect(own?.status).toBe('ahead');
    expect(sim.requests.slice(before).some((r) => r.path.includes('/account/github/token'))).toBe(
      false,
    );
  });

  it('words a broken connection and an unreadable answer', async () => {
    sim.faults.add({kind: 'reset', path: /\/compare\//});
    const reset = await source().compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    expect(reset?.reason).toBe('GitHub could not be reached: the connection was reset.');
    sim.faults.clear();
    sim.faults.add({kind: 'malformed', path: /\/compare\//, times: 1});
    const garbled = await source().compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    expect(garbled?.reason).toBe('GitHub answered with a compare result that could not be read.');
    sim.faults.add({kind: 'status', status: 503, path: /\/kolkrabbi\/apps\//, times: 1});
    const integration = await source().compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    expect(integration?.reason).toMatch(/^Heroku's GitHub integration answered HTTP 503/);
  });

  it('follows commit pagination past 250 up to the total', async () => {
    const base = sim.deploy(STAGING, {message: 'Before a long week'}).sha;
    const pushed = sim.pushCommits(STAGING, 300);
    const result = await source().compare(
      endpoint(sim, STAGING, pushed.at(-1)!),
      endpoint(sim, PROD, base),
    );
    expect(result).toMatchObject({status: 'ahead', ahead: 300});
    expect(result?.commits.map((c) => c.sha)).toEqual(pushed);
    const pages = compareRequests(sim).map((r) =>
      new URL(r.path, sim.url).searchParams.get('page'),
    );
    expect(pages).toEqual(['1', '2']);
  });

  it('asks nothing again for an unmoved pair, and compares again when a side moves', async () => {
    const service = createDiffService([source()]);
    const first = await service.compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    const before = sim.requests.length;
    const again = await service.compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    expect(again).toEqual(first);
    expect(sim.requests.length).toBe(before);
    expect(compareRequests(sim)).toHaveLength(1);

    sim.deploy(STAGING, {message: 'One more thing'});
    const moved = await service.compare(endpoint(sim, STAGING), endpoint(sim, PROD));
    expect(moved.ahead).toBe((first.ahead ?? 0) + 1);
    expect(compareRequests(sim)).toHaveLength(2);
  });

  it('asks kolkrabbi once per app and once for the token, however many comparisons', async () => {
    const {p0, a1, a2} = history();
    const github = source();
    await github.compare(endpoint(sim, STAGING, a1), endpoint(sim, PROD, p0));
    await github.compare(endpoint(sim, STAGING, a2), endpoint(sim, PROD, p0));
    const kolkrabbi = sim.requests.filter((r) => r.path.startsWith('/kolkrabbi/'));
    expect(kolkrabbi.map((r) => r.path).sort()).toEqual(
      [
        '/kolkrabbi/account/github/token',
        `/kolkrabbi/apps/${sim.appId(PROD)}/github`,
        `/kolkrabbi/apps/${sim.appId(STAGING)}/github`,
      ].sort(),
    );
  });

  it('gives up on a GitHub that does not answer within the timeout', async () => {
    sim.faults.add({kind: 'slow', delayMs: 3000, path: /\/compare\//});
    const started = Date.now();
    const result = await source({timeoutMs: 150}).compare(
      endpoint(sim, STAGING),
      endpoint(sim, PROD),
    );
    expect(result?.reason).toBe('GitHub could not be reached: the request timed out.');
    expect(Date.now() - started).toBeLessThan(2500);
  });
});
