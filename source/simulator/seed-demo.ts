import {
  DAY,
  attachAddon,
  couple,
  createApp,
  createPipeline,
  ensureRepo,
  isoAgo,
} from './builder.js';
import {seedBluebird, seedLoneApp, seedTally} from './seed-bluebird-tally.js';
import {seedUnpipedTeamApps} from './seed-demo-setup.js';
import {seedWhitewaveSideApps} from './seed-whitewave-side.js';
import {seedCi} from './seed-ci.js';
import {seedFleet} from './seed-fleet.js';
import {
  accountPerson,
  addPerson,
  addTeam,
  databaseUrl,
  dependabot,
  fakeSecret,
  fillerMessage,
  filesFor,
  redisUrl,
} from './seed-people.js';
import type {Crew, Person} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimState} from './state.js';

// The demo world: a team's `whitewave` pipeline with every stage, plus `bluebird` (production
// carries a hotfix staging lacks) and `tally` (its staging app is named -prod).

const REPO = 'whitewave-co/whitewave';
const web = (size: string, quantity = 1) => ({
  type: 'web',
  quantity,
  size,
  command: 'bundle exec puma -C config/puma.rb',
});
const worker = (size: string) => ({
  type: 'worker',
  quantity: 1,
  size,
  command: 'bundle exec sidekiq',
});

// Pipelines beside the four above, for the overview.
export const DEMO_FLEET = 30;

export function seedDemo(state: SimState): void {
  const team = addTeam(state, 'whitewave');
  const people = {
    avery: accountPerson(state, 'averyb'),
    maya: addPerson(state, 'Maya Chen', 'maya.chen@whitewave.io', 'mayachen'),
    tomas: addPerson(state, 'Tomás Ruiz', 'tomas.ruiz@whitewave.io', 'truiz'),
    priya: addPerson(state, 'Priya Raman', 'priya.raman@whitewave.io', 'priyar'),
    jonah: addPerson(state, 'Jonah Best', 'jonah.best@whitewave.io', 'jbest'),
  };
  seedWhitewave(state, team.id, people);
  seedBluebird(state);
  seedTally(state);
  seedLoneApp(state);
  seedUnpipedTeamApps(state, team.id);
  seedCi(state);
  seedFleet(state, DEMO_FLEET);
}

function seedWhitewave(state: SimState, teamId: string, p: Crew): void {
  const s = story(state);
  ensureRepo(state, REPO);
  const pipeline = createPipeline(state, {
    name: 'whitewave',
    owner: {id: teamId, type: 'team'},
    at: isoAgo(state, 420 * DAY),
  });
  const common = {
    repo: REPO,
    teamId,
    ownerId: p.maya.userId,
    releasePhase: true,
    buildpacks: ['heroku/nodejs', 'heroku/ruby'],
  };
  const staging = createApp(state, {
    ...common,
    name: 'whitewave-staging',
    at: isoAgo(state, 410 * DAY),
    formation: [web('Standard-1X'), worker('Standard-1X')],
  });
  const prod = createApp(state, {
    ...common,
    name: 'whitewave-prod',
    at: isoAgo(state, 410 * DAY),
    formation: [web('Standard-2X', 2), worker('Standard-2X')],
  });
  couple(state, pipeline, staging, 'staging');
  couple(state, pipeline, prod, 'production');

  const base = {
    LANG: 'en_US.UTF-8',
    RACK_ENV: 'production',
    RAILS_ENV: 'production',
    RAILS_LOG_TO_STDOUT: 'enabled',
    RAILS_SERVE_STATIC_FILES: 'enabled',
    SENTRY_DSN: `https://${fakeSecret('sentry')}@o4504.ingest.sentry.io/4505123`,
  };
  for (const [app, env] of [
    [staging, 'staging'],
    [prod, 'prod'],
  ] as const) {
    const at = {at: isoAgo(state, 409 * DAY), userId: p.maya.userId};
    const small = env === 'staging';
    attachAddon(
      state,
      app,
      {
        service: 'heroku-postgresql',
        plan: small ? 'essential-0' : 'standard-0',
        name: small ? 'postgresql-curved-58213' : 'postgresql-rigid-10482',
        as: 'DATABASE',
        vars: {DATABASE_URL: databaseUrl(app.name)},
      },
      at,
    );
    attachAddon(
      state,
      app,
      {
        service: 'heroku-redis',
        plan: small ? 'mini' : 'premium-0',
        name: small ? 'redis-opaque-44190' : 'redis-symmetrical-77301',
        as: 'REDIS',
        vars: {REDIS_URL: redisUrl(app.name)},
      },
      at,
    );
    s.config(
      app,
      {
        ...base,
        APP_HOST: small ? 'staging.whitewave.io' : 'whitewave.io',
        SECRET_KEY_BASE: fakeSecret(`${app.name}-secret`, 128),
        STRIPE_SECRET_KEY: `${small ? 'sk_test' : 'sk_live'}_${fakeSecret(`${app.name}-stripe`, 24)}`,
        WEB_CONCURRENCY: '2',
      },
      p.maya,
      409 * DAY - 30,
    );
  }
  attachAddon(
    state,
    prod,
    {
      service: 'papertrail',
      plan: 'choklad',
      name: 'papertrail-spherical-23085',
      as: 'PAPERTRAIL',
      vars: {PAPERTRAIL_API_TOKEN: fakeSecret('papertrail', 20)},
    },
    {at: isoAgo(state, 300 * DAY), userId: p.jonah.userId},
  );

  // Weeks of routine work: every merge deploys to staging, every third ships to production.
  const crew = [p.maya, p.tomas, p.priya, p.jonah];
  for (let n = 0; n < 24; n++) {
    const minutes = (60 - n * 2.2) * DAY;
    const message = fillerMessage(n);
    const by = crew[n % crew.length]!;
    const author = message.startsWith('Bump') ? dependabot : by.author;
    const sha = s.commit(REPO, 'main', author, message, minutes, {files: filesFor(n)});
    const release = s.deploy(staging, sha, by, minutes - 6);
    if (n % 3 === 2) s.promote(prod, staging, release, crew[(n + 1) % 4]!, minutes - 120);
  }

  // The last five days, told commit by commit.
  const c = (by: Person | typeof dependabot, message: string, ago: number, files = 0) =>
    s.commit(REPO, 'main', by, message, ago, {files: filesFor(files)});
  const c1 = c(p.tomas, 'Add rate limiting to the public API', 7000, 0);
  s.deploy(staging, c1, p.tomas, 6990);
  const c2 = c(dependabot, 'Bump rack from 3.1.8 to 3.1.12 (#398)', 6500, 1);
  s.deploy(staging, c2, p.jonah, 6480);
  const c3 = c(p.priya, 'Fix N+1 in orders index', 6000, 2);
  s.deploy(staging, c3, p.priya, 5990);
  const c4 = c(p.maya, 'Cache product thumbnails in Redis', 5200, 3);
  s.deploy(staging, c4, p.maya, 5190);
  const c5 = c(
    p.tomas,
    'Merge pull request #401 from whitewave-co/search-filters\n\nSearch filters by brand and size',
    4700,
    3,
  );
  s.deploy(staging, c5, p.tomas, 4690);
  const c6 = c(p.jonah, 'Log slow Stripe webhooks', 4300, 0);
  const r6 = s.deploy(staging, c6, p.jonah, 4290);
  s.promote(prod, staging, r6, p.maya, 4100);
  const c7 = c(p.priya, 'Remove legacy coupon endpoint', 3900, 0);
  s.deploy(staging, c7, p.priya, 3890);
  const c8 = c(p.maya, 'Add index on orders.customer_id', 3000, 4);
  s.deploy(staging, c8, p.maya, 2990);
  const c9 = c(p.tomas, 'Retry failed email deliveries with backoff', 2800, 5);
  s.deploy(staging, c9, p.tomas, 2790);
  const c10 = c(p.jonah, 'Upgrade to Ruby 3.3.6', 2500, 1);
  s.deploy(staging, c10, p.jonah, 2490);
  const c11 = c(p.priya, 'Fix timezone of nightly sales report', 1500, 2);
  const r11 = s.deploy(staging, c11, p.priya, 1490);
  s.promote(prod, staging, r11, p.maya, 1380);
  s.config(prod, {WEB_CONCURRENCY: '4'}, p.jonah, 600);
  const c12 = c(p.maya, 'Checkout v2 behind FEATURE_CHECKOUT_V2 flag (#405)', 900, 0);
  s.deploy(staging, c12, p.maya, 890);
  s.config(staging, {FEATURE_CHECKOUT_V2: 'true'}, p.maya, 880);
  const c13 = c(p.tomas, 'Add order export to CSV', 400, 2);
  s.deploy(staging, c13, p.tomas, 390, 'ActiveRecord::LockWaitTimeout: lock timeout on "orders"');
  const c14 = c(p.tomas, 'Run export migration without a table lock', 95, 4);
  s.deploy(staging, c14, p.tomas, 90);
  prod.dynos.find((d) => d.name === 'worker.1')!.state = 'crashed';

  seedWhitewaveSideApps(state, {pipeline, teamId, repo: REPO, crew: p, shas: {c11, c13, c14}});
}
