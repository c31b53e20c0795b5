import {DAY, couple, createApp, createPipeline, ensureRepo, isoAgo} from './builder.js';
import {accountPerson, addTeam, fillerMessage} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimState} from './state.js';

// `bigco`: one staging, one production and apps - 2 development and review apps, each with a
// few releases and its own commit, for the benchmark.
export function seedLargePipeline(state: SimState, apps: number): void {
  const s = story(state);
  const repo = 'bigco/monolith';
  ensureRepo(state, repo);
  const team = addTeam(state, 'bigco');
  const me = accountPerson(state, 'averyb');
  const pipeline = createPipeline(state, {
    name: 'bigco',
    owner: {id: team.id, type: 'team'},
    at: isoAgo(state, 90 * DAY),
  });
  const formation = [
    {type: 'web', quantity: 1, size: 'Standard-1X', command: 'bin/web'},
    {type: 'worker', quantity: 1, size: 'Standard-1X', command: 'bin/worker'},
  ];
  const create = (name: string, branch: string) =>
    createApp(state, {name, repo, branch, teamId: team.id, formation, at: isoAgo(state, 60 * DAY)});

  const staging = create('bigco-staging', 'main');
  const production = create('bigco-production', 'main');
  couple(state, pipeline, staging, 'staging');
  couple(state, pipeline, production, 'production');
  let base = '';
  for (let n = 0; n < 4; n++) {
    const ago = (10 - n) * DAY;
    base = s.commit(repo, 'main', me, fillerMessage(n), ago);
    const release = s.deploy(staging, base, me, ago - 5);
    if (n < 3) s.promote(production, staging, release, me, ago - 30);
  }
  s.config(staging, {FEATURE_X: 'on'}, me, DAY);

  const development = Math.min(2, Math.max(0, apps - 2));
  for (let n = 1; n <= apps - 2; n++) {
    const isDevelopment = n <= development;
    const name = isDevelopment ? `bigco-dev-${n}` : `bigco-pr-${1000 + n}`;
    const branch = isDevelopment ? `develop-${n}` : `pr-${1000 + n}`;
    const app = create(name, branch);
    couple(state, pipeline, app, isDevelopment ? 'development' : 'review');
    const sha = s.commit(repo, branch, me, `${fillerMessage(n)} (#${1000 + n})`, 2 * DAY, {
      parent: base,
    });
    s.deploy(app, sha, me, 2 * DAY - 5);
    s.config(app, {REVIEW_APP: 'true'}, me, DAY);
  }
}
