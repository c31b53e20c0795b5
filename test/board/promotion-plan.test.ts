import {describe, expect, it} from 'vitest';
import {
  buildPromotionPlan,
  releaseLabel,
  selectedTargets,
  toggleTarget,
} from '../../source/board/promotion-plan.js';
import {board, card, commit, comparison, release} from './promotion-fixtures.js';

const staging = card('whitewave-staging', 'staging', {
  commit: {sha: 'aaaaaaa1111111', message: 'Checkout v2'},
});
const prod = card('whitewave-prod', 'production');
const prodEu = card('whitewave-prod-eu', 'production');
const dev = card('whitewave-dev', 'development');
const review = card('whitewave-pr-412', 'review');
const theBoard = board([review, dev, staging, prod]);

describe('buildPromotionPlan', () => {
  it('pins the release the source runs and targets the next stage', () => {
    const plan = buildPromotionPlan({board: theBoard, source: staging});
    expect(plan.source.app).toEqual({id: staging.id, name: 'whitewave-staging', stage: 'staging'});
    expect(plan.source.release).toMatchObject({id: 'rel-10', version: 10, sha: 'aaaaaaa1111111'});
    expect(plan.targets.map((t) => [t.app.name, t.selected])).toEqual([['whitewave-prod', true]]);
    expect(plan.promotable).toBe(true);
    expect(plan.reason).toBeNull();
    expect(plan.confirmation).toEqual({kind: 'type', text: 'whitewave-prod'});
    expect(releaseLabel(plan.source.release)).toBe('v10 aaaaaaa');
  });

  it('asks for y when the targets are not production', () => {
    const plan = buildPromotionPlan({board: theBoard, source: dev});
    expect(plan.targets.map((t) => t.app.name)).toEqual(['whitewave-staging']);
    expect(plan.confirmation).toEqual({kind: 'yes'});
  });

  it('asks for the pipeline name when several production apps are targets', () => {
    const plan = buildPromotionPlan({board: board([staging, prod, prodEu]), source: staging});
    expect(selectedTargets(plan)).toHaveLength(2);
    expect(plan.confirmation).toEqual({kind: 'type', text: 'whitewave'});
    const one = toggleTarget(plan, prodEu.id);
    expect(one.confirmation).toEqual({kind: 'type', text: 'whitewave-prod'});
  });

  it('keeps at least one target selected and re-derives the commits', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod, prodEu]),
      source: staging,
      comparisons: {
        [prod.id]: comparison({ahead: 2, commits: [commit('c1'), commit('c2')]}),
        [prodEu.id]: comparison({ahead: 3, commits: [commit('c0'), commit('c1'), commit('c2')]}),
      },
    });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c1', 'c2', 'c0']);
    const onlyProd = toggleTarget(plan, prodEu.id);
    expect(onlyProd.commits.map((c) => c.sha)).toEqual(['c1', 'c2']);
    expect(toggleTarget(onlyProd, prod.id)).toBe(onlyProd);
    const both = toggleTarget(onlyProd, prodEu.id);
    expect(selectedTargets(both)).toHaveLength(2);
  });

  it('warns when a target is ahead of or diverged from the source', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod, prodEu]),
      source: staging,
      comparisons: {
        [prod.id]: comparison({status: 'behind', ahead: 0, behind: 1}),
        [prodEu.id]: comparison({
          status: 'diverged',
          ahead: 3,
          behind: 2,
          commits: [commit('x')],
          behindCommits: [commit('h1'), commit('h2')],
        }),
      },
    });
    expect(plan.removedCommits.map((c) => c.sha)).toEqual(['h1', 'h2']);
    expect(toggleTarget(plan, prodEu.id).removedCommits).toEqual([]);
    expect(plan.warnings).toEqual([
      'whitewave-prod has 1 commit that whitewave-staging lacks: promoting removes them.',
      'whitewave-prod-eu has diverged from whitewave-staging: promoting removes its 2 commits that whitewave-staging lacks.',
    ]);
    expect(plan.targets.map((t) => t.summary)).toEqual([
      '1 commit would be removed',
      '3 new commits, 2 removed',
    ]);
    expect(plan.promotable).toBe(true);
  });

  it('says when a target already runs the code or commits are unknown', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod, prodEu]),
      source: staging,
      comparisons: {
        [prod.id]: comparison({status: 'identical', ahead: 0, behind: 0}),
        [prodEu.id]: comparison({status: 'unknown', reason: 'Not connected to GitHub.\u001b[2J'}),
      },
    });
    expect(plan.targets.map((t) => t.summary)).toEqual([
      'already runs this code',
      'commits unknown: Not connected to GitHub.',
    ]);
    expect(plan.commits).toEqual([]);
  });

  it('warns about config vars a target lacks', () => {
    const plan = buildPromotionPlan({
      board: theBoard,
      source: staging,
      missingConfigVars: {[prod.id]: ['FEATURE_CHECKOUT_V2', 'SENTRY_DSN']},
    });
    expect(plan.warnings).toEqual([
      'whitewave-prod lacks config vars that whitewave-staging has: FEATURE_CHECKOUT_V2, SENTRY_DSN.',
    ]);
    const one = buildPromotionPlan({
      board: theBoard,
      source: staging,
      missingConfigVars: {[prod.id]: ['FEATURE_CHECKOUT_V2']},
    });
    expect(one.warnings[0]).toMatch(/^whitewave-prod lacks a config var that/);
  });

  it('warns about maintenance, from fresh details over the board', () => {
    const plan = buildPromotionPlan({
      board: theBoard,
      source: staging,
      apps: {[prod.id]: {maintenance: true}},
    });
    expect(plan.warnings).toEqual(['whitewave-prod is in maintenance mode.']);
    expect(plan.promotable).toBe(true);
  });

  it('blocks container-stack targets and sources', () => {
    const blockedTarget = buildPromotionPlan({
      board: theBoard,
      source: staging,
      apps: {[prod.id]: {stack: 'container'}},
    });
    expect(blockedTarget.targets[0]).toMatchObject({selected: false});
    expect(blockedTarget.targets[0]!.blocked).toMatch(/container stack/);
    expect(blockedTarget.promotable).toBe(false);
    expect(blockedTarget.reason).toBe(
      'None of the targets can be promoted to. whitewave-prod uses the container stack, which pipelines cannot promote to: push the image to it with `heroku container:push` and `heroku container:release` instead.',
    );
    expect(toggleTarget(blockedTarget, prod.id)).toBe(blockedTarget);

    const blockedSource = buildPromotionPlan({
      board: theBoard,
      source: {...staging, stack: 'container'},
    });
    expect(blockedSource.promotable).toBe(false);
    expect(blockedSource.reason).toBe(
      'whitewave-staging uses the container stack, which pipelines cannot promote.',
    );
  });

  it('refuses a source release that has not succeeded or carries no build', () => {
    const failed = buildPromotionPlan({
      board: theBoard,
      source: staging,
      release: release(9, {status: 'failed'}),
      releaseSha: 'bbb',
    });
    expect(failed.promotable).toBe(false);
    expect(failed.reason).toBe('whitewave-staging v9 has not succeeded (failed).');
    expect(failed.warnings).toContain('whitewave-staging v9 has not succeeded (failed).');

    const noBuild = buildPromotionPlan({
      board: theBoard,
      source: staging,
      release: release(8, {slugId: null}),
    });
    expect(noBuild.reason).toBe('whitewave-staging v8 carries no build to promote.');

    const nothing = buildPromotionPlan({
      board: theBoard,
      source: {...staging, deployedRelease: null, release: null},
    });
    expect(nothing.reason).toBe('whitewave-staging has no release with code to promote.');
  });

  it('notes a failed newest release when the running one will ship', () => {
    const plan = buildPromotionPlan({
      board: theBoard,
      source: {...staging, release: release(11, {status: 'failed'})},
    });
    expect(plan.promotable).toBe(true);
    expect(plan.source.release?.version).toBe(10);
    expect(plan.warnings).toEqual([
      "whitewave-staging's newest release v11 is failed; v10, what runs now, will ship.",
    ]);
  });

  it('pins a chosen older release with its own commit', () => {
    const older = release(7, {description: 'Deploy 1234567'});
    const plan = buildPromotionPlan({
      board: theBoard,
      source: staging,
      release: older,
      releaseSha: 'ccc1234999',
    });
    expect(plan.source.release).toMatchObject({id: 'rel-7', version: 7, sha: 'ccc1234999'});
    expect(plan.warnings).toEqual([]);
  });

  it('does not promote review or production apps by default', () => {
    const fromReview = buildPromotionPlan({board: theBoard, source: review});
    expect(fromReview.promotable).toBe(false);
    expect(fromReview.reason).toBe(
      'whitewave-pr-412 is a review app: review apps are not promoted by default.',
    );
    const fromProd = buildPromotionPlan({board: theBoard, source: prod});
    expect(fromProd.promotable).toBe(false);
    expect(fromProd.targets).toEqual([]);
    expect(fromProd.reason).toMatch(/production app/);
  });

  it('takes explicit targets, even from a review app, never the source itself', () => {
    const plan = buildPromotionPlan({
      board: theBoard,
      source: review,
      targetAppIds: [staging.id, review.id, 'no-such-app'],
    });
    expect(plan.targets.map((t) => t.app.name)).toEqual(['whitewave-staging']);
    expect(plan.promotable).toBe(true);
    expect(plan.confirmation).toEqual({kind: 'yes'});
  });

  it('says so when the next stage is empty', () => {
    const plan = buildPromotionPlan({board: board([staging]), source: staging});
    expect(plan.promotable).toBe(false);
    expect(plan.reason).toBe('whitewave-staging has no app in the next stage to promote to.');
  });

  it('starts with only the requested targets selected', () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod, prodEu]),
      source: staging,
      selectedAppIds: [prodEu.id],
    });
    expect(plan.targets.map((t) => t.selected)).toEqual([false, true]);
    expect(plan.confirmation).toEqual({kind: 'type', text: 'whitewave-prod-eu'});
  });

  it('sanitises names and messages from outside', () => {
    const evil = card('evil\u001b]0;pwned\u0007-staging', 'staging');
    const plan = buildPromotionPlan({
      board: board([evil, prod]),
      source: evil,
      missingConfigVars: {[prod.id]: ['A\u001b[31mB']},
    });
    expect(plan.source.app.name).toBe('evil-staging');
    expect(plan.warnings[0]).toBe('whitewave-prod lacks a config var that evil-staging has: AB.');
  });
});
