import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {runningSha} from '../diff/sim-helpers.js';
import {call} from './helpers.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const github = (path: string, token = sim.githubToken) =>
  call(sim, `/github/api/v3${path}`, {headers: {Authorization: `token ${token}`}});
const gitlab = (path: string, token = sim.gitlabToken) =>
  call(sim, `/gitlab/api/v4${path}`, {headers: {'PRIVATE-TOKEN': token}, auth: false});

describe('simulated GitHub CI endpoints', () => {
  it('serves the combined status and the check runs of a commit', async () => {
    const sha = runningSha(sim, 'whitewave-staging');
    const status = await github(`/repos/whitewave-co/whitewave/commits/${sha}/status`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      state: 'failure',
      statuses: [{context: 'ci/circleci: test', state: 'failure'}],
    });
    const runs = await github(`/repos/whitewave-co/whitewave/commits/${sha}/check-runs`);
    expect(runs.body).toMatchObject({
      total_count: 1,
      check_runs: [{name: 'lint', status: 'completed', conclusion: 'success'}],
    });
    const dev = runningSha(sim, 'whitewave-dev');
    const running = await github(`/repos/whitewave-co/whitewave/commits/${dev}/check-runs`);
    expect(running.body).toMatchObject({check_runs: [{status: 'in_progress', conclusion: null}]});
  });

  it('answers as GitHub does to a bad token or an unknown commit', async () => {
    const sha = runningSha(sim, 'whitewave-staging');
    const refused = await github(`/repos/whitewave-co/whitewave/commits/${sha}/status`, 'nope');
    expect(refused).toMatchObject({status: 401, body: {message: 'Bad credentials'}});
    const unknown = await github('/repos/whitewave-co/whitewave/commits/abcdef0/status');
    expect(unknown.status).toBe(422);
  });
});

describe('simulated GitLab API', () => {
  const project = '/projects/northwind%2Fledger';

  it('compares both directions', async () => {
    const [from, to] = [runningSha(sim, 'ledger-production'), runningSha(sim, 'ledger-staging')];
    const ahead = await gitlab(`${project}/repository/compare?from=${from}&to=${to}`);
    expect(ahead.status).toBe(200);
    expect((ahead.body as {commits: unknown[]}).commits).toHaveLength(2);
    const behind = await gitlab(`${project}/repository/compare?from=${to}&to=${from}`);
    expect(behind.body).toMatchObject({commits: [], diffs: [], compare_same_ref: false});
  });

  it('serves statuses and pipelines of a commit', async () => {
    const sha = runningSha(sim, 'ledger-staging');
    const statuses = await gitlab(`${project}/repository/commits/${sha}/statuses`);
    expect(statuses.body).toMatchObject([
      {name: 'test', status: 'success'},
      {name: 'deploy-review', status: 'running'},
    ]);
    const pipelines = await gitlab(`${project}/pipelines?sha=${sha}`);
    expect(pipelines.body).toMatchObject([{sha, status: 'running'}]);
  });

  it('answers 401 and 404 in GitLab words', async () => {
    const refused = await gitlab(`${project}/pipelines`, 'glpat-wrong');
    expect(refused).toMatchObject({status: 401, body: {message: '401 Unauthorized'}});
    const noProject = await gitlab('/projects/nobody%2Fnothing/pipelines');
    expect(noProject).toMatchObject({status: 404, body: {message: '404 Project Not Found'}});
    const noCommit = await gitlab(`${project}/repository/compare?from=abc1234&to=def5678`);
    expect(noCommit).toMatchObject({status: 404, body: {message: '404 Commit Not Found'}});
  });
});

describe('simulated Heroku CI', () => {
  it('lists the test runs of a pipeline, with Heroku errors for an unknown one', async () => {
    const bluebird = sim.state.pipelines.find((p) => p.name === 'bluebird')!;
    const runs = await call(sim, `/pipelines/${bluebird.id}/test-runs`);
    expect(runs.status).toBe(200);
    expect(runs.body).toMatchObject([
      {number: 41, status: 'succeeded', commit_sha: runningSha(sim, 'bluebird-staging')},
    ]);
    const missing = await call(sim, '/pipelines/00000000-0000-0000-0000-000000000000/test-runs');
    expect(missing).toMatchObject({status: 404, body: {id: 'not_found'}});
  });
});
