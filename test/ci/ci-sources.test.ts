import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  createCiService,
  createGitHubCiSource,
  createGitLabCiSource,
  createHerokuCiSource,
} from '../../source/ci/index.js';
import {gitlabFromEnv} from '../../source/diff/gitlab-setup.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {runningSha} from '../diff/sim-helpers.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

function service(options: {githubToken?: string; now?: () => number} = {}) {
  const gitlab = gitlabFromEnv(
    {
      GITLAB_URL: sim.gitlabUrl,
      GITLAB_TOKEN: sim.gitlabToken,
      GITLAB_PROJECTS: sim.gitlabProjectsSetting,
    },
    {repoPath: null},
  )!;
  const client = new HerokuClient({apiUrl: new URL(sim.url), token: sim.token});
  return createCiService(
    [
      createGitHubCiSource({
        kolkrabbiUrl: new URL(sim.kolkrabbiUrl),
        githubApiUrl: new URL(`${sim.githubUrl}/`),
        herokuToken: sim.token,
        githubToken: options.githubToken,
      }),
      createGitLabCiSource(gitlab),
      createHerokuCiSource({testRuns: (id) => client.testRuns(id)}),
    ],
    {now: options.now},
  );
}

const pipelineId = (name: string) => sim.state.pipelines.find((p) => p.name === name)!.id;
const target = (app: string, pipeline: string) => ({
  appId: sim.appId(app),
  appName: app,
  pipelineId: pipelineId(pipeline),
  sha: runningSha(sim, app),
});

describe('CI status from each service', () => {
  it('reads GitHub commit statuses and check runs: passed, failed and running', async () => {
    const ci = service();
    const prod = await ci.statusOf(target('whitewave-prod', 'whitewave'));
    expect(prod.state).toBe('passed');
    expect(prod.checks.map((c) => [c.name, c.state, c.source])).toEqual([
      ['ci/circleci: test', 'passed', 'github'],
      ['lint', 'passed', 'github'],
    ]);
    const staging = await ci.statusOf(target('whitewave-staging', 'whitewave'));
    expect(staging.state).toBe('failed');
    expect(staging.checks.find((c) => c.name === 'ci/circleci: test')?.state).toBe('failed');
    expect((await ci.statusOf(target('whitewave-dev', 'whitewave'))).state).toBe('running');
  });

  it('reads GitLab statuses for a GitLab project', async () => {
    const status = await service().statusOf(target('ledger-staging', 'ledger'));
    expect(status.state).toBe('running');
    expect(status.checks.map((c) => [c.name, c.state, c.source])).toEqual([
      ['test', 'passed', 'gitlab'],
      ['deploy-review', 'running', 'gitlab'],
    ]);
    expect(
      sim.requests.some((r) =>
        r.path.includes('/gitlab/api/v4/projects/northwind%2Fledger/repository/commits/'),
      ),
    ).toBe(true);
    expect((await service().statusOf(target('ledger-production', 'ledger'))).state).toBe('passed');
  });

  it("reads Heroku CI's newest test run of the commit", async () => {
    const status = await service().statusOf(target('bluebird-staging', 'bluebird'));
    expect(status).toMatchObject({state: 'passed', reason: null});
    expect(status.checks).toEqual([
      {name: 'Heroku CI #41', state: 'passed', url: null, source: 'heroku-ci'},
    ]);
  });

  it('is none, never passed, for a commit nobody reported on or with no commit', async () => {
    expect((await service().statusOf(target('tally-prod', 'tally'))).state).toBe('none');
    expect(await service().statusOf({...target('tally-prod', 'tally'), sha: null})).toEqual({
      state: 'none',
      checks: [],
      reason: null,
    });
  });

  it('takes a pipeline without Heroku CI (404) as no runs, not as a failure', async () => {
    const client = new HerokuClient({apiUrl: new URL(sim.url), token: sim.token});
    const herokuCi = createHerokuCiSource({testRuns: (id) => client.testRuns(id)});
    const answer = await herokuCi.statusOf({
      ...target('tally-prod', 'tally'),
      pipelineId: '00000000-0000-0000-0000-000000000000',
      sha: runningSha(sim, 'tally-prod'),
    });
    expect(answer).toBeNull();
  });

  it('says why when GitHub refuses the token, and still shows none', async () => {
    const status = await service({githubToken: 'gho_wrong'}).statusOf(
      target('whitewave-prod', 'whitewave'),
    );
    expect(status.state).toBe('none');
    expect(status.reason).toBe('GitHub refused the GitHub token, so the CI status is unknown.');
  });
});

describe('the CI cache', () => {
  const statusRequests = () => sim.requests.filter((r) => r.path.includes('/status')).length;

  it('keeps a finished status for good and asks again about a running one', async () => {
    let clock = 0;
    const ci = service({now: () => clock});
    await ci.statusOf(target('whitewave-prod', 'whitewave'));
    await ci.statusOf(target('whitewave-dev', 'whitewave'));
    const asked = statusRequests();
    clock += 60_000;
    await ci.statusOf(target('whitewave-prod', 'whitewave'));
    expect(statusRequests()).toBe(asked);
    await ci.statusOf(target('whitewave-dev', 'whitewave'));
    expect(statusRequests()).toBe(asked + 1);
  });
});

describe('Heroku CI’s list of test runs', () => {
  it('is asked once for all the commits on screen, and again once it is older', async () => {
    let clock = 0;
    const asked: string[] = [];
    const herokuCi = createHerokuCiSource({
      testRuns: async (id) => {
        asked.push(id);
        return [];
      },
      now: () => clock,
      shareMs: 10_000,
    });
    const shas = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)];
    await Promise.all(
      shas.map((sha) =>
        herokuCi.statusOf({...target('whitewave-prod', 'whitewave'), pipelineId: 'p1', sha}),
      ),
    );
    expect(asked).toEqual(['p1']);
    await herokuCi.statusOf({
      ...target('whitewave-prod', 'whitewave'),
      pipelineId: 'p2',
      sha: shas[0]!,
    });
    expect(asked).toEqual(['p1', 'p2']);
    clock += 10_000;
    await herokuCi.statusOf({
      ...target('whitewave-prod', 'whitewave'),
      pipelineId: 'p1',
      sha: shas[1]!,
    });
    expect(asked).toEqual(['p1', 'p2', 'p1']);
  });

  it('is asked again at once after a failed answer', async () => {
    let calls = 0;
    const herokuCi = createHerokuCiSource({
      testRuns: async () => {
        calls += 1;
        if (calls === 1) throw new Error('socket hang up');
        return [];
      },
      now: () => 0,
    });
    const sha = 'd'.repeat(40);
    const first = await herokuCi.statusOf({
      ...target('whitewave-prod', 'whitewave'),
      pipelineId: 'p1',
      sha,
    });
    expect(first?.reason).toMatch(/^Heroku CI could not be asked/);
    await herokuCi.statusOf({...target('whitewave-prod', 'whitewave'), pipelineId: 'p1', sha});
    expect(calls).toBe(2);
  });
});
