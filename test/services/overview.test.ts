import {afterEach, describe, expect, it} from 'vitest';
import {createOverviewServices, OVERVIEW_LIMITS} from '../../source/services/overview.js';
import {ROW_REQUESTS} from '../../source/services/overview-load.js';
import {toPipelineSummary} from '../../source/board/build-board.js';
import {deployCommit} from '../../source/simulator/builder.js';
import {commitOnBranch} from '../../source/simulator/git.js';
import {fleetKind} from '../../source/simulator/seed-fleet.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import type {OverviewRow} from '../../source/board/overview-rows.js';
import {depsFor} from './deps.js';

let sim: Simulator;
afterEach(async () => {
  await sim?.close();
});

// Platform API requests only: the simulated GitHub and GitLab live under their own paths.
const heroku = () => sim.requests.filter((r) => !/^\/(kolkrabbi|github|gitlab)\//.test(r.path));

async function fleet(count: number, limits = OVERVIEW_LIMITS) {
  sim = await startSimulator({seed: {fleet: count}});
  const deps = depsFor(sim);
  const pipelines = (await deps.client.listPipelines()).map(toPipelineSummary);
  const before = heroku().length;
  const feed = createOverviewServices(deps, limits).overview(pipelines);
  return {deps, pipelines, feed, before};
}

const byName = (rows: OverviewRow[], name: string) => rows.find((r) => r.pipeline.name === name)!;

describe('the overview feed', () => {
  it('loads every row with its state, waiting age, last promotion and marks', async () => {
    const {feed} = await fleet(8);
    const {rows} = await feed.settled();
    expect(rows.map((r) => r.load)).toEqual(Array(8).fill('done'));
    // acorn: waiting (1 commit); beacon: in sync; cobalt: diverged; comet: failing; dahlia: Fir;
    // delta: no staging.
    expect(fleetKind(5)).toBe('failing');
    expect(byName(rows, 'acorn').state).toEqual({kind: 'ahead', ahead: 1});
    expect(byName(rows, 'acorn').waitingSince).not.toBeNull();
    expect(byName(rows, 'beacon').state).toEqual({kind: 'in-sync'});
    expect(byName(rows, 'beacon').waitingSince).toBeNull();
    expect(byName(rows, 'cobalt').state).toEqual({kind: 'diverged', ahead: 1, behind: 1});
    const comet = byName(rows, 'comet');
    expect(comet).toMatchObject({failedRelease: true, crashedDynos: 1});
    expect(comet.state).toEqual({kind: 'ahead', ahead: 1});
    expect(byName(rows, 'dahlia').pipeline.generation).toBe('fir');
    expect(byName(rows, 'dahlia').state).toEqual({kind: 'ahead', ahead: 3});
    expect(byName(rows, 'delta').state).toEqual({kind: 'unknown', reason: 'no staging'});
    expect(byName(rows, 'acorn')).toMatchObject({
      owner: 'fleet-platform',
      staging: 'acorn-staging',
      production: 'acorn-prod',
      lastPromotion: {by: 'ken.ito@fleet.example'},
      failedRelease: false,
      crashedDynos: 0,
    });
  });

  it('stays within its budget, and an idle refresh is one conditional request per pipeline, all 304', async () => {
    const {feed, before} = await fleet(12);
    const loaded = await feed.settled();
    const sent = heroku().length - before;
    expect(sent).toBeLessThanOrEqual(ROW_REQUESTS * 12);
    expect(loaded.requests).toBeLessThanOrEqual(loaded.budget);
    expect(sent).toBeLessThanOrEqual(loaded.requests);

    const mark = heroku().length;
    feed.refresh();
    const refreshed = await feed.settled();
    const idle = heroku().slice(mark);
    expect(idle).toHaveLength(12);
    expect(idle.every((r) => r.conditional && r.status === 304)).toBe(true);
    expect(idle.every((r) => r.path.endsWith('/latest-releases'))).toBe(true);
    expect(refreshed.rows).toEqual(loaded.rows);
  });

  it('loads a row again when its releases changed, and only that row', async () => {
    const {feed} = await fleet(4);
    await feed.settled();
    const app = sim.state.apps.find((a) => a.name === 'acorn-staging')!;
    const repo = sim.state.repos.get(app.repo)!;
    const sha = commitOnBranch(repo, 'main', {
      message: 'One more',
      author: {name: 'Rosa Lind', email: 'rosa.lind@fleet.example', login: 'rosal'},
      date: new Date().toISOString(),
    }).sha;
    deployCommit(sim.state, app, sha, {at: new Date().toISOString(), userId: sim.state.account.id});
    const mark = heroku().length;
    feed.refresh();
    const {rows} = await feed.settled();
    expect(byName(rows, 'acorn').state).toEqual({kind: 'ahead', ahead: 2});
    const again = heroku()
      .slice(mark)
      .filter((r) => r.path.endsWith('/pipeline-couplings'));
    expect(again).toHaveLength(1);
  });

  it('loads the rows on screen before the others', async () => {
    const {feed, pipelines} = await fleet(10, {
      ...OVERVIEW_LIMITS,
      background: 1,
      backgroundGapMs: 60_000,
    });
    const wanted = pipelines.slice(-3).map((p) => p.id);
    feed.focus(wanted);
    await new Promise<void>((resolve) => {
      const off = feed.subscribe(() => {
        const rows = feed.progress().rows.filter((r) => wanted.includes(r.pipeline.id));
        if (rows.every((r) => r.load === 'done')) {
          off();
          resolve();
        }
      });
    });
    const done = feed.progress().rows.filter((r) => r.load === 'done');
    // The three on screen, and at most the one background row the gap lets start.
    expect(done.length).toBeLessThanOrEqual(4);
    feed.stop();
  });

  it('holds the rows off screen while the rate limit runs low, and says so', async () => {
    const {feed, pipelines, deps} = await fleet(6, {...OVERVIEW_LIMITS, recheckMs: 60_000});
    sim.state.rateLimit.remaining = 200;
    await deps.client.account();
    feed.focus([pipelines[0]!.id]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const progress = feed.progress();
    expect(progress.paused).toMatch(/rate limit runs low \(\d+ left\)/);
    expect(progress.rows.find((r) => r.pipeline.id === pipelines[0]!.id)!.load).toBe('done');
    expect(progress.rows.filter((r) => r.load === 'pending').length).toBeGreaterThan(0);
    feed.stop();
  });
});
