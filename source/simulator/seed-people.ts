import {randomUUID} from 'node:crypto';
import {createHash} from 'node:crypto';
import type {SimFileChange, SimState, SimTeam} from './state.js';

// The people and words of the demo world.

export type Person = {
  userId: string; // their Heroku account
  author: {name: string; email: string; login: string | null};
};

export type Crew = Record<'avery' | 'maya' | 'tomas' | 'priya' | 'jonah', Person>;

export function addPerson(state: SimState, name: string, email: string, login: string): Person {
  const known = [...state.users.values()].find((u) => u.email === email);
  const userId = known?.id ?? randomUUID();
  if (!known) state.users.set(userId, {id: userId, email, name});
  return {userId, author: {name, email, login}};
}

export function accountPerson(state: SimState, login: string): Person {
  const {id, email, name} = state.account;
  return {userId: id, author: {name: name ?? email, email, login}};
}

export function addTeam(state: SimState, name: string): SimTeam {
  const team = {id: randomUUID(), name};
  state.teams.set(team.id, team);
  return team;
}

// A dependency bump has no Heroku account behind it: the release is made by whoever merged.
export const dependabot = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com',
  login: 'dependabot[bot]',
};

// Plausible secret-looking values that stay the same between runs.
export function fakeSecret(seed: string, length = 32): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

export function databaseUrl(app: string): string {
  const user = `u${fakeSecret(`${app}-user`, 13)}`;
  const host = `c${fakeSecret(`${app}-host`, 5)}.cluster-czrs8kj4isg7.us-east-1.rds.amazonaws.com`;
  return `postgres://${user}:p${fakeSecret(`${app}-pass`, 40)}@${host}:5432/d${fakeSecret(`${app}-db`, 13)}`;
}

export function redisUrl(app: string): string {
  return `rediss://:p${fakeSecret(`${app}-redis`, 40)}@ec2-3-${app.length}-104-19.compute-1.amazonaws.com:${10000 + app.length * 311}`;
}

const fillerMessages = [
  'Bump puma from 6.4.2 to 6.4.3',
  'Paginate admin customers list',
  'Fix typo in password reset email',
  'Add structured logging to checkout controller',
  'Extract ShippingQuote service',
  'Bump nokogiri from 1.16.6 to 1.16.7',
  'Show out-of-stock badge on product cards',
  'Drop unused columns from line_items',
  'Memoize current_cart in ApplicationController',
  'Add Sidekiq job for abandoned cart reminders',
  'Tighten CSP for the storefront',
  'Fix currency formatting for JPY',
  'Speed up product search with trigram index',
  'Move feature flags to config/flags.yml',
  'Handle Stripe card_declined without a 500',
  'Add request id to error reports',
  'Bump rails from 7.2.1 to 7.2.2',
  'Use Rack::Timeout 15s in production',
  'Seed data for local development',
  'Add /healthz endpoint',
  'Fix N+1 on order confirmation page',
  'Lazy-load product images below the fold',
  'Rename Coupon#active? to Coupon#redeemable?',
  'Cache tax rates per region for an hour',
];

export function fillerMessage(index: number): string {
  return fillerMessages[index % fillerMessages.length]!;
}

const fileSets: SimFileChange[][] = [
  [
    {
      filename: 'app/controllers/checkout_controller.rb',
      status: 'modified',
      additions: 24,
      deletions: 7,
    },
    {filename: 'spec/requests/checkout_spec.rb', status: 'modified', additions: 31, deletions: 2},
  ],
  [{filename: 'Gemfile.lock', status: 'modified', additions: 3, deletions: 3}],
  [
    {filename: 'app/models/order.rb', status: 'modified', additions: 12, deletions: 4},
    {filename: 'app/services/order_export.rb', status: 'added', additions: 58, deletions: 0},
    {filename: 'spec/services/order_export_spec.rb', status: 'added', additions: 44, deletions: 0},
  ],
  [
    {filename: 'app/views/products/_card.html.erb', status: 'modified', additions: 9, deletions: 3},
    {
      filename: 'app/assets/stylesheets/products.css',
      status: 'modified',
      additions: 14,
      deletions: 1,
    },
  ],
  [
    {
      filename: 'db/migrate/20250311094210_add_index_on_orders_customer_id.rb',
      status: 'added',
      additions: 7,
      deletions: 0,
    },
    {filename: 'db/schema.rb', status: 'modified', additions: 2, deletions: 1},
  ],
  [
    {filename: 'config/initializers/sidekiq.rb', status: 'modified', additions: 6, deletions: 2},
    {filename: 'app/jobs/cart_reminder_job.rb', status: 'added', additions: 33, deletions: 0},
  ],
];

export function filesFor(index: number): SimFileChange[] {
  return fileSets[index % fileSets.length]!.map((file) => ({...file}));
}
