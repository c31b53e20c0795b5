import {describe, expect, it} from 'vitest';
import {buildPromotionPlan, selectedTargets} from '../../source/board/promotion-plan.js';
import {migrationFiles} from '../../source/board/promotion-guards.js';
import {board, card, comparison} from './promotion-fixtures.js';

const staging = card('whitewave-staging', 'staging', {
  commit: {sha: 'aaaaaaa1111111', message: 'Checkout v2'},
});
const prod = card('whitewave-prod', 'production');
const prodEu = card('whitewave-prod-eu', 'production');
const dev = card('whitewave-dev', 'development');

const kinds = (plan: ReturnType<typeof buildPromotionPlan>) =>
  selectedTargets(plan).flatMap((t) => t.checks.map((c) => c.kind));

describe('targets that already run the code', () => {
  it('start unchecked when they run the same slug, and say why', () => {
    const same = card('whitewave-prod', 'production', {
      deployedRelease: staging.deployedRelease,
      commit: {sha: 'bbbb', message: null},
    });
    const plan = buildPromotionPlan({board: board([staging, same, prodEu]), source: staging});
    expect(plan.targets.map((t) => [t.app.name, t.selected])).toEqual([
      ['whitewave-prod', false],
      ['whitewave-prod-eu', true],
    ]);
    expect(plan.targets[0]!.current).toBe(
      'whitewave-prod already runs this build (the same slug).',
    );
    expect(plan.targets[0]!.summary).toBe('already runs this code');
    expect(plan.nothingToDo).toBeNull();
    expect(plan.promotable).toBe(true);
  });

  it('start unchecked on the same commit or an identical comparison', () => {
    const sameCommit = card('whitewave-prod', 'production', {commit: staging.commit});
    const identical = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      comparisons: {[prod.id]: comparison({status: 'identical'})},
    });
    expect(identical.targets[0]!.selected).toBe(false);
    const plan = buildPromotionPlan({board: board([staging, sameCommit]), source: staging});
    expect(plan.targets[0]!.current).toBe('whitewave-prod already runs this commit.');
  });

  it('leave nothing to do when every target runs it: not promotable, with one sentence', () => {
    const same = card('whitewave-prod', 'production', {commit: staging.commit});
    const plan = buildPromotionPlan({board: board([staging, same]), source: staging});
    expect(plan.promotable).toBe(false);
    expect(plan.nothingToDo).toBe('Nothing to promote: whitewave-prod already runs this commit.');
    expect(plan.reason).toBe(plan.nothingToDo);
  });

  it('are checked with includeCurrent or when chosen', () => {
    const same = card('whitewave-prod', 'production', {commit: staging.commit});
    const forced = buildPromotionPlan({
      board: board([staging, same]),
      source: staging,
      includeCurrent: true,
    });
    expect(forced.targets[0]!.selected).toBe(true);
    expect(forced.nothingToDo).toBeNull();
    const chosen = buildPromotionPlan({
      board: board([staging, same]),
      source: staging,
      selectedAppIds: [same.id],
    });
    expect(chosen.promotable).toBe(true);
  });
});

describe('warnings', () => {
  it('says nothing for a healthy, well named target without migrations', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      comparisons: {[prod.id]: comparison({files: [file('app/models/order.rb')]})},
    });
    expect(kinds(plan)).toEqual([]);
  });

  it('warns of crashed dynos on a target', () => {
    const crashed = card('whitewave-prod', 'production', {
      dynos: [
        {type: 'web', quantity: 2, size: null, up: 2, crashed: 0, starting: 0, idle: 0, down: 0},
        {type: 'worker', quantity: 1, size: null, up: 0, crashed: 1, starting: 0, idle: 0, down: 0},
      ],
    });
    const plan = buildPromotionPlan({board: board([staging, crashed]), source: staging});
    expect(plan.warnings).toContain(
      'whitewave-prod has 1 crashed dyno (worker): a promotion restarts them, it does not fix why they crashed.',
    );
    expect(kinds(plan)).toEqual(['crashed']);
  });

  it('warns of a target whose name says another stage', () => {
    const canary = card('whitewave-canary-prod', 'staging', {
      namingWarning: 'Name says production but the app is coupled as staging.',
    });
    const plan = buildPromotionPlan({board: board([dev, canary]), source: dev});
    expect(plan.warnings).toContain(
      'whitewave-canary-prod: Name says production but the app is coupled as staging.',
    );
  });

  it('warns of migrations in the diff, with the rollback sentence', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      comparisons: {
        [prod.id]: comparison({
          files: [
            file('app/models/order.rb'),
            file('db/migrate/2025_add_index.rb'),
            file('db/migrate/2.rb'),
          ],
        }),
      },
    });
    expect(plan.warnings).toContain(
      'Database migrations reach whitewave-prod (db/migrate/2025_add_index.rb and 1 more): a rollback does not undo them.',
    );
  });

  it('finds migrations under the usual paths only', () => {
    const names = [
      'db/migrate/1.rb',
      'api/migrations/0002_x.py',
      'alembic/versions/abc.py',
      'prisma/migrations/20250101/migration.sql',
      'app/models/migration_helper.rb',
      'docs/migrate.md',
    ];
    expect(migrationFiles(names.map((n) => file(n)))).toEqual(names.slice(0, 4));
    expect(migrationFiles([{...file('db/migrate/old.rb'), status: 'removed'}])).toEqual([]);
  });

  it('warns of a promotion backwards in stage order', () => {
    const plan = buildPromotionPlan({
      board: board([dev, staging]),
      source: staging,
      targetAppIds: [dev.id],
    });
    expect(plan.warnings).toContain(
      'Promoting backwards: whitewave-dev is development, before whitewave-staging (staging).',
    );
    const forward = buildPromotionPlan({board: board([dev, staging]), source: dev});
    expect(kinds(forward)).not.toContain('backwards');
  });

  it('names what to do instead of promoting to a container app', () => {
    const container = card('whitewave-prod', 'production', {stack: 'container'});
    const plan = buildPromotionPlan({board: board([staging, container]), source: staging});
    expect(plan.targets[0]!.blocked).toMatch(/heroku container:push.+heroku container:release/);
    expect(plan.reason).toMatch(/^None of the targets can be promoted to\. whitewave-prod uses/);
    expect(plan.warnings).toEqual([]);
  });
});

function file(filename: string) {
  return {filename, status: 'added', additions: 1, deletions: 0};
}
