import {afterEach, describe, expect, it} from 'vitest';
import {isSettled, progressSucceeded} from '../../source/board/promotion-progress.js';
import {rollbackBlocker} from '../../source/board/release-history.js';
import type {Release} from '../../source/board/types.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {appOf, loadBoard, promotionPosts, rollbackPosts, servicesFor} from './promotion-harness.js';

let sim: Simulator;

// The release before the current one that Heroku lets the app roll back to.
const previousEligible = (history: Release[]) => history.find((r) => rollbackBlocker(r) === null);

afterEach(async () => {
  await sim.close();
});

async function whitewave(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({promotionStepMs: 50, ...options});
  const services = servicesFor(sim);
  const board = await loadBoard(services, 'whitewave');
  return {
    services,
    board,
    staging: appOf(board, 'whitewave-staging'),
    prod: appOf(board, 'whitewave-prod'),
  };
}

describe('promotionPlan', () => {
  it('pins what staging runs and lists the commits and warnings for production', async () => {
    const {services, board, staging, prod} = await whitewave();
    const plan = await services.promotionPlan({board, source: staging});
    expect(plan.source.release).toMatchObject({
      id: staging.deployedRelease!.id,
      version: staging.deployedRelease!.version,
      sha: staging.commit!.sha,
    });
    expect(plan.targets.map((t) => [t.app.id, t.selected])).toEqual([[prod.id, true]]);
    expect(plan.commits.length).toBe(3);
    expect(plan.confirmation).toEqual({kind: 'type', text: 'whitewave-prod'});
    expect(plan.warnings.join('\n')).toContain('FEATURE_CHECKOUT_V2');
    expect(plan.promotable).toBe(true);
  });

  it('sees maintenance as it is now, not as the board last saw it', async () => {
    const {services, board, staging} = await whitewave();
    sim.setMaintenance('whitewave-prod', true);
    const plan = await services.promotionPlan({board, source: staging});
    expect(plan.warnings).toContain('whitewave-prod is in maintenance mode.');
  });
});

describe('startPromotion', () => {
  it('sends one POST pinned to the reviewed release and production then runs staging code', async () => {
    const {services, board, staging, prod} = await whitewave();
    const plan = await services.promotionPlan({board, source: staging});
    const run = services.startPromotion(plan);
    // Another `p` while it runs: the same run, nothing sent.
    expect(services.startPromotion(plan)).toBe(run);
    expect(services.runningPromotion()).toBe(run);
    const done = await run.settled;

    expect(done.phase).toBe('finished');
    expect(progressSucceeded(done)).toBe(true);
    expect(done.targets[0]).toMatchObject({appId: prod.id, status: 'succeeded'});
    expect(done.targets[0]!.releaseVersion).toBeGreaterThan(prod.release!.version);
    expect(done.targets[0]!.output.length).toBeGreaterThan(0);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()).toEqual([
      expect.objectContaining({
        sourceAppId: staging.id,
        releaseId: plan.source.release!.id,
        targetAppIds: [prod.id],
      }),
    ]);
    expect(services.runningPromotion()).toBeNull();

    const after = await loadBoard(services, 'whitewave');
    expect(appOf(after, 'whitewave-prod').commit?.sha).toBe(staging.commit!.sha);
  });

  it("reports a failed target with Heroku's message", async () => {
    const {services, board, staging} = await whitewave();
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const done = await services.startPromotion(
      await services.promotionPlan({board, source: staging}),
    ).settled;
    expect(done.phase).toBe('finished');
    expect(progressSucceeded(done)).toBe(false);
    expect(done.targets[0]).toMatchObject({
      status: 'failed',
      errorMessage: 'release command failed',
    });
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('asks for a two-factor code and resends once with it', async () => {
    const {services, board, staging} = await whitewave({twoFactorCode: '123456'});
    const run = services.startPromotion(await services.promotionPlan({board, source: staging}));
    await new Promise<void>((resolve) => {
      const stop = run.subscribe((p) => p.phase === 'two-factor' && (stop(), resolve()));
    });
    expect(sim.promotions()).toHaveLength(0);
    run.submitTwoFactorCode('123456');
    run.submitTwoFactorCode('123456');
    const done = await run.settled;
    expect(progressSucceeded(done)).toBe(true);
    expect(promotionPosts(sim).map((r) => r.twoFactorCode)).toEqual([null, '123456']);
    expect(sim.promotions()).toEqual([expect.objectContaining({twoFactorCode: '123456'})]);
  });

  it('gives up after a wrong code without a third POST', async () => {
    const {services, board, staging} = await whitewave({twoFactorCode: '123456'});
    const run = services.startPromotion(await services.promotionPlan({board, source: staging}));
    await new Promise<void>((resolve) => {
      const stop = run.subscribe((p) => p.phase === 'two-factor' && (stop(), resolve()));
    });
    run.submitTwoFactorCode('000000');
    const done = await run.settled;
    expect(done.phase).toBe('failed');
    expect(done.message).toBe(
      'Heroku did not accept the two-factor code: no promotion was created.',
    );
    expect(promotionPosts(sim)).toHaveLength(2);
    expect(sim.promotions()).toHaveLength(0);
  });

  it('cancels at the code prompt with nothing created', async () => {
    const {services, board, staging} = await whitewave({twoFactorCode: '123456'});
    const run = services.startPromotion(await services.promotionPlan({board, source: staging}));
    await new Promise<void>((resolve) => {
      const stop = run.subscribe((p) => p.phase === 'two-factor' && (stop(), resolve()));
    });
    run.cancelTwoFactor();
    const done = await run.settled;
    expect(done.phase).toBe('failed');
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(0);
  });

  it('stops waiting after the timeout', async () => {
    sim = await startSimulator({promotionStepMs: 5000});
    const services = servicesFor(sim, {pollIntervalMs: 20, timeoutMs: 150, outputGraceMs: 0});
    const board = await loadBoard(services, 'whitewave');
    const plan = await services.promotionPlan({board, source: appOf(board, 'whitewave-staging')});
    const done = await services.startPromotion(plan).settled;
    expect(done.phase).toBe('timed-out');
    expect(done.targets[0]!.status).toBe('timed-out');
    expect(isSettled(done)).toBe(true);
  });

  it('says a promotion whose answer was lost may have been created, and sends it once', async () => {
    const {services, board, staging} = await whitewave();
    const plan = await services.promotionPlan({board, source: staging});
    sim.faults.add({kind: 'reset', method: 'POST', path: '/pipeline-promotions'});
    const done = await services.startPromotion(plan).settled;
    // The simulator reset the connection before acting: no trace on the target.
    expect(done.phase).toBe('unknown');
    expect(done.targets[0]!.status).toBe('unknown');
    expect(done.message).toMatch(
      /^The promotion was sent and Heroku's answer was lost \(Could not reach 127\.0\.0\.1:\d+: the connection was reset\): it may have been created, outcome unknown\. Check with `pipeline-tui status whitewave` before promoting again\.$/,
    );
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('promotes a chosen older release of staging, pinned to it', async () => {
    const {services, board, staging, prod} = await whitewave();
    const history = await services.releaseHistory(staging);
    const older = history.find(
      (r) => r.status === 'succeeded' && r.slugId && r.id !== staging.deployedRelease!.id,
    )!;
    const plan = await services.promotionPlan({board, source: staging, release: older});
    expect(plan.source.release?.id).toBe(older.id);
    expect(plan.source.release?.sha).toMatch(/^[0-9a-f]{7,}$/);
    const done = await services.startPromotion(plan).settled;
    expect(progressSucceeded(done)).toBe(true);
    expect(sim.promotions()[0]).toMatchObject({releaseId: older.id, targetAppIds: [prod.id]});
  });
});

describe('release history and rollback', () => {
  it('lists at most 20 releases, newest first', async () => {
    const {services, prod} = await whitewave();
    const history = await services.releaseHistory(prod);
    expect(history.length).toBeGreaterThan(1);
    expect(history.length).toBeLessThanOrEqual(20);
    const versions = history.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(history[0]!.current).toBe(true);
    expect((await services.releaseByVersion(prod, versions[1]!)).id).toBe(history[1]!.id);
  });

  it('rolls production back to its previous release', async () => {
    const {services, prod} = await whitewave();
    const history = await services.releaseHistory(prod);
    const target = previousEligible(history)!;
    const outcome = await services.rollback(prod, target);
    expect(outcome).toMatchObject({kind: 'done'});
    if (outcome.kind !== 'done') return;
    expect(outcome.release.version).toBe(history[0]!.version + 1);
    expect(outcome.release.description).toBe(`Rollback to v${target.version}`);
    expect(rollbackPosts(sim, prod.id)).toHaveLength(1);
    expect(rollbackPosts(sim, prod.id)[0]!.body).toEqual({release: target.id});
  });

  it('says when Heroku wants a second factor, then rolls back with the code', async () => {
    const {services, prod} = await whitewave({twoFactorCode: '123456'});
    const target = previousEligible(await services.releaseHistory(prod))!;
    expect(await services.rollback(prod, target)).toMatchObject({kind: 'two-factor'});
    expect(await services.rollback(prod, target, '999999')).toEqual({
      kind: 'failed',
      message: 'Heroku did not accept the two-factor code: nothing was rolled back.',
    });
    expect(await services.rollback(prod, target, '123456')).toMatchObject({kind: 'done'});
    expect(rollbackPosts(sim, prod.id).map((r) => r.twoFactorCode)).toEqual([
      null,
      '999999',
      '123456',
    ]);
  });

  it('says a rollback whose answer was lost may have happened', async () => {
    const {services, prod} = await whitewave();
    const target = previousEligible(await services.releaseHistory(prod))!;
    sim.faults.add({kind: 'malformed', method: 'POST', path: `/apps/${prod.id}/releases`});
    const outcome = await services.rollback(prod, target);
    expect(outcome).toMatchObject({kind: 'failed'});
    if (outcome.kind === 'failed') {
      expect(outcome.message).toMatch(
        /with a body that is not JSON\. \(Request-Id [\da-f-]+\) The rollback may have happened/,
      );
    }
    expect(rollbackPosts(sim, prod.id)).toHaveLength(1);
  });

  it("reports Heroku's refusal of an ineligible release", async () => {
    const {services, prod} = await whitewave();
    const current = (await services.releaseHistory(prod))[0]!;
    const outcome = await services.rollback(prod, {...current, id: 'no-such-release'});
    expect(outcome.kind).toBe('failed');
  });
});
