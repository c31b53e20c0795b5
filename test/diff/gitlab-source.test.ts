import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createDiffService, createGitLabApi, createGitLabSource} from '../../source/diff/index.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {startRecordingProxy, type RecordingProxy} from './recording-proxy.js';
import {endpoint} from './sim-helpers.js';

// The demo's ledger pipeline keeps its code on GitLab (northwind/ledger) and has no GitHub.
let sim: Simulator;
let gitlab: RecordingProxy;

beforeEach(async () => {
  sim = await startSimulator();
  gitlab = await startRecordingProxy(sim.url);
});

afterEach(async () => {
  await gitlab.close();
  await sim.close();
});

function source(options: {token?: string; project?: string | null} = {}) {
  const api = createGitLabApi({
    url: new URL('/gitlab/', gitlab.origin),
    token: options.token ?? sim.gitlabToken,
    http: {userAgent: 'test', timeoutMs: 5000},
  });
  const project = options.project === undefined ? 'northwind/ledger' : options.project;
  return createGitLabSource({api, projectOf: async () => project});
}

const staging = () => endpoint(sim, 'ledger-staging');
const production = () => endpoint(sim, 'ledger-production');

describe('GitLab compare', () => {
  it('gives ahead, commits oldest first, files and a compare link, with no checkout', async () => {
    const result = await source().compare(staging(), production());
    expect(result).toMatchObject({status: 'ahead', ahead: 2, behind: 0, source: 'gitlab'});
    expect(result?.commits.map((c) => c.message)).toEqual([
      'Reject unbalanced entries (!14)',
      "Merge branch 'audit-log' into 'main'",
    ]);
    expect(result?.commits[0]?.author).toBe('Inês Duarte');
    expect(result?.commits[0]?.url).toMatch(
      /^https:\/\/gitlab\.com\/northwind\/ledger\/-\/commit\//,
    );
    expect(result?.files).toContainEqual({
      filename: 'journal/entry.go',
      status: 'modified',
      additions: 12,
      deletions: 3,
    });
    expect(result?.compareUrl).toBe(
      `https://gitlab.com/northwind/ledger/-/compare/${production().sha!.slice(0, 12)}...${staging().sha!.slice(0, 12)}`,
    );
    // Both directions were asked, with the token in PRIVATE-TOKEN.
    const compares = gitlab.seen.filter((r) => r.path.includes('/repository/compare'));
    expect(compares).toHaveLength(2);
    for (const request of compares) {
      expect(request.path).toContain('/gitlab/api/v4/projects/northwind%2Fledger/');
      expect(request.headers['private-token']).toBe(sim.gitlabToken);
    }
  });

  it('gives behind from the other direction', async () => {
    const result = await source().compare(production(), staging());
    expect(result).toMatchObject({status: 'behind', ahead: 0, behind: 2, commits: []});
    expect(result?.behindCommits).toHaveLength(2);
  });

  it('says when a commit is gone after a force-push', async () => {
    const result = await source().compare(
      endpoint(sim, 'ledger-staging', 'abcdef1234567'),
      production(),
    );
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toMatch(
      /^GitLab cannot find commit abcdef1 or .+ in northwind\/ledger: it may have been force-pushed away\.$/,
    );
  });

  it('says when the token is refused or the project is not visible', async () => {
    const refused = await source({token: 'glpat-wrong'}).compare(staging(), production());
    expect(refused?.reason).toBe(
      'GitLab refused GITLAB_TOKEN (HTTP 401): check that it is valid and not expired.',
    );
    const hidden = await source({project: 'northwind/secret'}).compare(staging(), production());
    expect(hidden?.reason).toBe(
      'GitLab has no project northwind/secret that GITLAB_TOKEN can see (HTTP 404).',
    );
  });

  it('says when GitLab fails, in GitLab words from the simulator', async () => {
    sim.faults.add({kind: 'status', status: 500, path: /\/gitlab\//, times: 2});
    const result = await source().compare(staging(), production());
    expect(result?.reason).toBe('GitLab answered HTTP 500 to the compare request.');
    const answer = await fetch(`${sim.gitlabUrl}api/v4/projects/x%2Fy/pipelines`);
    expect(await answer.json()).toEqual({message: '401 Unauthorized'});
  });

  it('steps aside when the apps are not on GitLab, and the service then tries the next source', async () => {
    expect(await source({project: null}).compare(staging(), production())).toBeNull();
    expect(gitlab.seen).toHaveLength(0);
    const service = createDiffService([source({project: null})]);
    expect((await service.compare(staging(), production())).status).toBe('unknown');
  });

  it('reports the same commit as identical without asking GitLab', async () => {
    const service = createDiffService([source()]);
    const same = await service.compare(
      staging(),
      endpoint(sim, 'ledger-production', staging().sha),
    );
    expect(same.status).toBe('identical');
    expect(gitlab.seen).toHaveLength(0);
  });
});

describe('GitLab compare link', () => {
  it('is built under GITLAB_URL when GitLab gives none', async () => {
    const body = (id: string) => ({
      commits: [{id, message: 'Work', authored_date: '2026-12-01T10:00:00Z'}],
      diffs: [],
    });
    const api = {
      webUrl: new URL('https://git.example.org/gitlab/'),
      compare: async (_project: string, _from: string, to: string) =>
        to === 'a'.repeat(40)
          ? {ok: true as const, body: body(to)}
          : {ok: true as const, body: {commits: [], diffs: []}},
      statuses: async () => ({ok: true as const, body: []}),
      pipelines: async () => ({ok: true as const, body: []}),
    };
    const gitlabSource = createGitLabSource({api, projectOf: async () => 'team/app'});
    const result = await gitlabSource.compare(
      {appId: 'up', appName: 'up', sha: 'a'.repeat(40)},
      {appId: 'down', appName: 'down', sha: 'b'.repeat(40)},
    );
    expect(result).toMatchObject({status: 'ahead', ahead: 1, behind: 0});
    expect(result?.compareUrl).toBe(
      `https://git.example.org/gitlab/team/app/-/compare/${'b'.repeat(12)}...${'a'.repeat(12)}`,
    );
  });
});
