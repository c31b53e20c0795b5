import {randomUUID} from 'node:crypto';
import {DAY, couple, createApp, createPipeline, ensureRepo, isoAgo} from './builder.js';
import {ciWorld, setChecks} from './ci-world.js';
import {accountPerson, addPerson} from './seed-people.js';
import {story} from './seed-story.js';
import {findApp, findPipeline, runningCommit, type SimState} from './state.js';

// CI in the demo: whitewave's production commit passed, staging's failed, the development
// app's is still running; bluebird's staging commit has a Heroku CI run. `ledger` keeps its
// code on GitLab (project northwind/ledger) and is not connected to GitHub at all.

export const LEDGER_PROJECT = 'northwind/ledger';
// What the demo sets as GITLAB_PROJECTS, so ledger compares with no checkout.
export const LEDGER_APPS = ['ledger-staging', 'ledger-production'] as const;

export function seedCi(state: SimState): void {
  const commitOf = (name: string) => {
    const app = findApp(state, name);
    return app ? runningCommit(state, app) : null;
  };
  const mark = (app: string, checks: Parameters<typeof setChecks>[2]) => {
    const sha = commitOf(app);
    if (sha) setChecks(state, sha, checks);
  };
  mark('whitewave-prod', [
    {name: 'ci/circleci: test', state: 'success', via: 'status'},
    {name: 'lint', state: 'success', via: 'check-run'},
  ]);
  mark('whitewave-staging', [
    {name: 'ci/circleci: test', state: 'failure', via: 'status'},
    {name: 'lint', state: 'success', via: 'check-run'},
  ]);
  mark('whitewave-dev', [
    {name: 'ci/circleci: test', state: 'pending', via: 'status'},
    {name: 'lint', state: 'in_progress', via: 'check-run'},
  ]);
  const bluebird = findPipeline(state, 'bluebird');
  const bluebirdSha = commitOf('bluebird-staging');
  if (bluebird && bluebirdSha) {
    ciWorld(state).testRuns.push({
      id: randomUUID(),
      number: 41,
      pipelineId: bluebird.id,
      sha: bluebirdSha,
      branch: 'main',
      status: 'succeeded',
      createdAt: isoAgo(state, DAY),
    });
  }
  seedLedger(state);
}

function seedLedger(state: SimState): void {
  const s = story(state);
  const repo = LEDGER_PROJECT;
  ensureRepo(state, repo);
  ciWorld(state).gitlabProjects.set(LEDGER_PROJECT, repo);
  const me = accountPerson(state, 'averyb');
  const ines = addPerson(state, 'Inês Duarte', 'ines@northwind.dev', 'iduarte');
  const pipeline = createPipeline(state, {
    name: 'ledger',
    owner: {id: state.account.id, type: 'user'},
    at: isoAgo(state, 60 * DAY),
  });
  const web = {type: 'web', quantity: 1, size: 'Basic', command: 'bin/ledger serve'};
  const common = {repo, githubConnected: false, buildpacks: ['heroku/go'], formation: [web]};
  const [stagingName, productionName] = LEDGER_APPS;
  const staging = createApp(state, {...common, name: stagingName, at: isoAgo(state, 60 * DAY)});
  const production = createApp(state, {
    ...common,
    name: productionName,
    at: isoAgo(state, 60 * DAY),
  });
  couple(state, pipeline, staging, 'staging');
  couple(state, pipeline, production, 'production');
  const first = s.commit(
    repo,
    'main',
    me,
    'Post journal entries in one transaction (!12)',
    20 * DAY,
  );
  const live = s.deploy(staging, first, me, 20 * DAY - 5);
  s.promote(production, staging, live, me, 20 * DAY - 30);
  const second = s.commit(repo, 'main', ines, 'Reject unbalanced entries (!14)', 3 * DAY, {
    files: [{filename: 'journal/entry.go', status: 'modified', additions: 12, deletions: 3}],
  });
  const third = s.commit(repo, 'main', me, "Merge branch 'audit-log' into 'main'", 2 * DAY);
  s.deploy(staging, third, me, 2 * DAY - 5);
  setChecks(state, first, [{name: 'test', state: 'success', via: 'status'}]);
  setChecks(state, second, [{name: 'test', state: 'success', via: 'status'}]);
  setChecks(state, third, [
    {name: 'test', state: 'success', via: 'status'},
    {name: 'deploy-review', state: 'in_progress', via: 'status'},
  ]);
}
