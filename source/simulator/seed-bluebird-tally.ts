import {
  DAY,
  attachAddon,
  couple,
  createApp,
  createPipeline,
  ensureRepo,
  isoAgo,
} from './builder.js';
import {accountPerson, addPerson, databaseUrl, fakeSecret} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimState} from './state.js';

// The demo's smaller pipelines, bluebird and tally, and an app outside any pipeline.

// bluebird: a user-owned Python API where production runs a hotfix that staging never got.
export function seedBluebird(state: SimState): void {
  const s = story(state);
  const repo = 'bluebird-labs/bluebird-api';
  ensureRepo(state, repo);
  const me = accountPerson(state, 'averyb');
  const lena = addPerson(state, 'Lena Vogel', 'lena@bluebird.dev', 'lvogel');
  const pipeline = createPipeline(state, {
    name: 'bluebird',
    owner: {id: state.account.id, type: 'user'},
    at: isoAgo(state, 150 * DAY),
  });
  const web = {
    type: 'web',
    quantity: 1,
    size: 'Standard-1X',
    command: 'gunicorn bluebird.wsgi --log-file -',
  };
  const common = {repo, region: 'eu' as const, buildpacks: ['heroku/python']};
  const staging = createApp(state, {
    ...common,
    name: 'bluebird-staging',
    at: isoAgo(state, 150 * DAY),
    formation: [web],
  });
  const production = createApp(state, {
    ...common,
    name: 'bluebird-production',
    stack: 'heroku-22',
    branch: 'hotfix/payment-timeout',
    at: isoAgo(state, 150 * DAY),
    formation: [{...web, quantity: 2, size: 'Standard-2X'}],
  });
  couple(state, pipeline, staging, 'staging');
  couple(state, pipeline, production, 'production');
  for (const [app, plan] of [
    [staging, 'essential-0'],
    [production, 'essential-1'],
  ] as const) {
    attachAddon(
      state,
      app,
      {
        service: 'heroku-postgresql',
        plan,
        name: `postgresql-${app === staging ? 'fluffy-33107' : 'angular-90215'}`,
        as: 'DATABASE',
        vars: {DATABASE_URL: databaseUrl(app.name)},
      },
      {at: isoAgo(state, 149 * DAY), userId: me.userId},
    );
    s.config(
      app,
      {
        DJANGO_SETTINGS_MODULE: 'bluebird.settings.production',
        DJANGO_SECRET_KEY: fakeSecret(`${app.name}-django`, 50),
        ALLOWED_HOSTS: app === staging ? 'staging.bluebird.dev' : 'api.bluebird.dev',
      },
      me,
      149 * DAY - 10,
    );
  }

  const messages = [
    'Add webhook signature check',
    'Upgrade Django to 5.1.4',
    'Paginate /v1/payments',
    'Store idempotency keys for 24h',
    'Add OpenAPI schema for refunds',
    'Return 409 on duplicate refund',
    'Log payment provider latency',
    'Switch to psycopg 3',
  ];
  const shas: string[] = [];
  messages.forEach((message, n) => {
    const ago = (12 - n * 1.4) * DAY;
    const by = n % 2 === 0 ? me : lena;
    shas.push(s.commit(repo, 'main', by, message, ago));
    const release = s.deploy(staging, shas[n]!, by, ago - 15);
    if (n === 3 || n === 5) s.promote(production, staging, release, me, ago - 60);
  });
  const hotfix = s.commit(
    repo,
    'hotfix/payment-timeout',
    lena,
    'Hotfix: raise payment provider timeout to 20s',
    2 * DAY,
    {
      parent: shas[5],
      files: [
        {filename: 'bluebird/payments/client.py', status: 'modified', additions: 2, deletions: 2},
      ],
    },
  );
  s.deploy(production, hotfix, lena, 2 * DAY - 10);
}

// tally: a small pipeline whose staging app is called `tally-prod`, not connected to GitHub.
export function seedTally(state: SimState): void {
  const s = story(state);
  const repo = 'local/tally';
  ensureRepo(state, repo);
  const me = accountPerson(state, 'averyb');
  const pipeline = createPipeline(state, {
    name: 'tally',
    owner: {id: state.account.id, type: 'user'},
    at: isoAgo(state, 40 * DAY),
  });
  const web = {type: 'web', quantity: 1, size: 'Basic', command: 'node server.js'};
  const common = {repo, githubConnected: false, buildpacks: ['heroku/nodejs'], formation: [web]};
  const staging = createApp(state, {...common, name: 'tally-prod', at: isoAgo(state, 40 * DAY)});
  const production = createApp(state, {...common, name: 'tally-live', at: isoAgo(state, 40 * DAY)});
  couple(state, pipeline, staging, 'staging');
  couple(state, pipeline, production, 'production');
  const first = s.commit(repo, 'main', me, 'Initial import of the tally service', 39 * DAY);
  const one = s.deploy(staging, first, me, 39 * DAY - 5);
  s.promote(production, staging, one, me, 39 * DAY - 30);
  const second = s.commit(repo, 'main', me, 'Count events per tenant', 6 * DAY);
  s.deploy(staging, second, me, 6 * DAY - 5);
  s.config(staging, {NODE_ENV: 'production', TALLY_FLUSH_SECONDS: '30'}, me, 5 * DAY);
}

// An app outside any pipeline, as most accounts have.
export function seedLoneApp(state: SimState): void {
  const me = accountPerson(state, 'averyb');
  const app = createApp(state, {
    name: 'avery-sandbox',
    repo: 'averyb/sandbox',
    githubConnected: false,
    buildpacks: ['heroku/nodejs'],
    at: isoAgo(state, 30 * DAY),
    formation: [{type: 'web', quantity: 0, size: 'Eco', command: 'npm start'}],
  });
  const s = story(state);
  const sha = s.commit('averyb/sandbox', 'main', me, 'Try out the new router', 29 * DAY);
  s.deploy(app, sha, me, 29 * DAY - 3);
}
