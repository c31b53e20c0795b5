import {DAY, createApp, isoAgo} from './builder.js';
import {accountPerson} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimState} from './state.js';

// Apps of the whitewave team that are in no pipeline yet, so setting a pipeline up can be
// tried in the demo: EU staging and production apps waiting to be added, and a staging copy
// that was named -prod by mistake (adding it as staging shows the naming warning).
export function seedUnpipedTeamApps(state: SimState, teamId: string): void {
  const me = accountPerson(state, 'averyb');
  const s = story(state);
  const repo = 'whitewave-co/whitewave';
  const web = {type: 'web', quantity: 1, size: 'Standard-1X', command: 'bundle exec puma'};
  const common = {repo, teamId, ownerId: me.userId, formation: [web]};
  const eu = createApp(state, {
    ...common,
    name: 'whitewave-prod-eu',
    region: 'eu',
    at: isoAgo(state, 3 * DAY),
  });
  const euStaging = createApp(state, {
    ...common,
    name: 'whitewave-staging-eu',
    region: 'eu',
    at: isoAgo(state, 3 * DAY),
  });
  const canary = createApp(state, {
    ...common,
    name: 'whitewave-canary-prod',
    at: isoAgo(state, 9 * DAY),
  });
  const parent = state.repos.get(repo)?.branches.get('main');
  const sha = s.commit(repo, 'eu-launch', me, 'Serve EU customers from Dublin', 3 * DAY - 20, {
    parent,
  });
  s.deploy(eu, sha, me, 3 * DAY - 30);
  s.deploy(euStaging, sha, me, 3 * DAY - 25);
  s.deploy(canary, sha, me, 2 * DAY);
}
