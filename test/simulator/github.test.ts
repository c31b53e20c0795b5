import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator} from '../../source/simulator/index.js';
import {findApp, runningCommit} from '../../source/simulator/state.js';
import type {WireGitHubCompare} from '../../source/diff/github-wire.js';
import {V3} from './helpers.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const shaOf = (app: string) => runningCommit(sim.state, findApp(sim.state, app)!)!;

async function kolkrabbi(path: string, token: string | null = sim.token) {
  const headers: Record<string, string> = {Accept: V3};
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${sim.kolkrabbiUrl}${path}`, {headers});
  return {status: response.status, body: (await response.json()) as Record<string, unknown>};
}

async function compare(
  repo: string,
  base: string,
  head: string,
  query = '',
  token = sim.githubToken,
) {
  const response = await fetch(`${sim.githubUrl}/repos/${repo}/compare/${base}...${head}${query}`, {
    headers: {
      Authorization: `token ${token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
    },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as WireGitHubCompare & {message?: string},
  };
}

const WHITEWAVE = 'whitewave-co/whitewave';

describe('kolkrabbi', () => {
  it("gives a connected app's repository and 404 for one that is not connected", async () => {
    const connected = await kolkrabbi(`/apps/${sim.appId('whitewave-staging')}/github`);
    expect(connected).toMatchObject({status: 200, body: {repo: WHITEWAVE}});
    const notConnected = await kolkrabbi(`/apps/${sim.appId('tally-prod')}/github`);
    expect(notConnected.status).toBe(404);
  });

  it('hands out the GitHub token to the Heroku bearer only, and 401 when not linked', async () => {
    expect(await kolkrabbi('/account/github/token')).toEqual({
      status: 200,
      body: {github: {token: sim.githubToken}},
    });
    expect((await kolkrabbi('/account/github/token', null)).status).toBe(401);
    expect((await kolkrabbi('/account/github/token', sim.githubToken)).status).toBe(401);
    sim.state.github.linked = false;
    expect((await kolkrabbi('/account/github/token')).status).toBe(401);
  });
});

describe('GitHub compare', () => {
  it('staging is 3 commits ahead of production, oldest first, with files', async () => {
    const {status, body} = await compare(
      WHITEWAVE,
      shaOf('whitewave-prod'),
      shaOf('whitewave-staging'),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3});
    expect(body.commits.map((c) => c.commit.message.split('\n')[0])).toEqual([
      'Checkout v2 behind FEATURE_CHECKOUT_V2 flag (#405)',
      'Add order export to CSV',
      'Run export migration without a table lock',
    ]);
    expect(body.commits[2]!.sha).toBe(shaOf('whitewave-staging'));
    expect(body.commits[0]).toMatchObject({
      author: {login: 'mayachen'},
      commit: {author: {name: 'Maya Chen', email: 'maya.chen@whitewave.io'}},
    });
    expect(body.files!.length).toBeGreaterThan(0);
    expect(body.html_url).toMatch(/^https:\/\/github\.com\/whitewave-co\/whitewave\/compare\//);
  });

  it('reports behind the other way round and identical for the same commit', async () => {
    const behind = await compare(WHITEWAVE, shaOf('whitewave-staging'), shaOf('whitewave-prod'));
    expect(behind.body).toMatchObject({status: 'behind', ahead_by: 0, behind_by: 3, commits: []});
    const same = await compare(WHITEWAVE, shaOf('whitewave-prod'), shaOf('whitewave-prod'));
    expect(same.body).toMatchObject({
      status: 'identical',
      ahead_by: 0,
      behind_by: 0,
      total_commits: 0,
    });
  });

  it('reports diverged histories from the commit graph (bluebird hotfix)', async () => {
    const {body} = await compare(
      'bluebird-labs/bluebird-api',
      shaOf('bluebird-production'),
      shaOf('bluebird-staging'),
    );
    expect(body).toMatchObject({status: 'diverged', ahead_by: 2, behind_by: 1, total_commits: 2});
  });

  it('sees a hotfix deployed to production as staging being behind', async () => {
    const {sha} = sim.deploy('whitewave-prod', {
      message: 'Hotfix: guard nil cart',
      author: 'Jonah Best',
    });
    expect(shaOf('whitewave-prod')).toBe(sha);
    const {body} = await compare(WHITEWAVE, sha, shaOf('whitewave-staging'));
    expect(body).toMatchObject({status: 'behind', ahead_by: 0, behind_by: 1});
  });

  it('resolves short SHAs and branch names', async () => {
    const short = await compare(WHITEWAVE, shaOf('whitewave-prod').slice(0, 7), 'main');
    expect(short.body).toMatchObject({status: 'ahead', ahead_by: 3});
  });

  it('answers 404 Not Found for an unknown SHA or repository', async () => {
    const unknown = await compare(WHITEWAVE, 'deadbeef'.repeat(5), shaOf('whitewave-staging'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Not Found');
    expect((await compare('nobody/nothing', 'main', 'main')).status).toBe(404);
  });

  it('answers 401 Bad credentials without the GitHub token', async () => {
    const wrong = await compare(WHITEWAVE, 'main', 'main', '', sim.token);
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Bad credentials');
  });

  it('paginates commits 250 to a page, with a Link header', async () => {
    sim.pushCommits('whitewave-staging', 300);
    const {sha} = sim.deploy('whitewave-staging', {message: 'Ship the batch'});
    const base = shaOf('whitewave-prod');
    const first = await compare(WHITEWAVE, base, sha);
    expect(first.body.total_commits).toBe(304);
    expect(first.body.commits).toHaveLength(250);
    expect(first.headers.get('link')).toContain('page=2&per_page=250>; rel="next"');
    const second = await compare(WHITEWAVE, base, sha, '?page=2&per_page=250');
    expect(second.body.commits).toHaveLength(54);
    expect(second.body.commits.at(-1)!.sha).toBe(sha);
    expect(second.headers.get('link')).toBeNull();
    const small = await compare(WHITEWAVE, base, sha, '?page=4&per_page=100');
    expect(small.body.commits).toHaveLength(4);
  });

  it('answers 403 with X-RateLimit-Remaining 0 when the GitHub limit is spent, or by a fault', async () => {
    sim.state.github.rateLimitRemaining = 0;
    const limited = await compare(WHITEWAVE, 'main', 'main');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body.message).toMatch(/rate limit/);

    sim.state.github.rateLimitRemaining = 5000;
    sim.faults.add({
      kind: 'status',
      status: 403,
      path: /\/compare\//,
      times: 1,
      headers: {'X-RateLimit-Remaining': '0'},
    });
    const faulted = await compare(WHITEWAVE, 'main', 'main');
    expect(faulted.status).toBe(403);
    expect(faulted.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(faulted.body.message).toBe('Forbidden');
    expect((await compare(WHITEWAVE, 'main', 'main')).status).toBe(200);
  });
});
