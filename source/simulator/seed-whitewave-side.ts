import {DAY, attachAddon, couple, createApp, isoAgo} from './builder.js';
import {databaseUrl, fakeSecret, filesFor} from './seed-people.js';
import type {Crew} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimApp, SimPipeline, SimState} from './state.js';

// whitewave's development app and its review apps, each on its own branch of the repo.
export function seedWhitewaveSideApps(
  state: SimState,
  world: {
    pipeline: SimPipeline;
    teamId: string;
    repo: string;
    crew: Crew;
    shas: {c11: string; c13: string; c14: string};
  },
): void {
  const {pipeline, teamId, repo, crew: p, shas} = world;
  const web = (size: string) => ({
    type: 'web',
    quantity: 1,
    size,
    command: 'bundle exec puma -C config/puma.rb',
  });
  const s = story(state);
  const side = (name: string, branch: string, daysAgo: number, fir = false): SimApp => {
    const app = createApp(state, {
      name,
      repo,
      teamId,
      ownerId: p.maya.userId,
      branch,
      generation: fir ? 'fir' : 'cedar',
      buildpacks: ['heroku/nodejs', 'heroku/ruby'],
      at: isoAgo(state, daysAgo * DAY),
      formation: [web(fir ? '1X-Classic' : 'Basic')],
    });
    s.config(
      app,
      {RAILS_ENV: 'production', FEATURE_CHECKOUT_V2: 'true'},
      p.maya,
      daysAgo * DAY - 1,
    );
    return app;
  };

  const dev = side('whitewave-dev', 'develop', 200);
  couple(state, pipeline, dev, 'development');
  // A development app is a smaller copy of staging: a database, most of the same config.
  attachAddon(
    state,
    dev,
    {
      service: 'heroku-postgresql',
      plan: 'essential-0',
      name: 'postgresql-shallow-31907',
      as: 'DATABASE',
      vars: {DATABASE_URL: databaseUrl(dev.name)},
    },
    {at: isoAgo(state, 199 * DAY), userId: p.maya.userId},
  );
  s.config(
    dev,
    {
      LANG: 'en_US.UTF-8',
      RACK_ENV: 'production',
      RAILS_LOG_TO_STDOUT: 'enabled',
      RAILS_SERVE_STATIC_FILES: 'enabled',
      SECRET_KEY_BASE: fakeSecret(`${dev.name}-secret`, 128),
      WEB_CONCURRENCY: '1',
    },
    p.maya,
    199 * DAY - 30,
  );
  const d1 = s.commit(repo, 'develop', p.jonah, 'WIP: gift card ledger', 50, {
    parent: shas.c14,
    files: filesFor(2),
  });
  s.deploy(dev, d1, p.jonah, 45);
  dev.maintenance = true;

  const pr412 = side('whitewave-pr-412', 'feature/gift-card-balance', 3);
  couple(state, pipeline, pr412, 'review');
  s.commit(
    repo,
    'feature/gift-card-balance',
    p.priya,
    'Show gift card balance on account page',
    3 * DAY - 20,
    {
      parent: shas.c11,
      files: filesFor(3),
    },
  );
  const g2 = s.commit(
    repo,
    'feature/gift-card-balance',
    p.priya,
    'Address review: format balance with currency',
    1200,
  );
  s.deploy(pr412, g2, p.priya, 1195);

  const pr415 = side('whitewave-pr-415', 'fix/tax-rounding', 1);
  couple(state, pipeline, pr415, 'review');
  const t1 = s.commit(
    repo,
    'fix/tax-rounding',
    p.jonah,
    'Round tax per line item, not per order',
    1300,
    {
      parent: shas.c11,
      files: filesFor(0),
    },
  );
  s.deploy(pr415, t1, p.jonah, 1290);

  const pr418 = side('whitewave-pr-418', 'feature/order-export-api', 1, true);
  couple(state, pipeline, pr418, 'review');
  s.commit(repo, 'feature/order-export-api', p.tomas, 'Expose order export over the API', 380, {
    parent: shas.c13,
    files: filesFor(2),
  });
  const e2 = s.commit(
    repo,
    'feature/order-export-api',
    p.tomas,
    'Stream large exports as NDJSON',
    70,
  );
  s.deploy(pr418, e2, p.tomas, 65);
}
