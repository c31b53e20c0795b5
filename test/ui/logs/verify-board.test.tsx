import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import type {FakeServices} from '../fake-services.js';
import {KEYS, pressUntil, unmountAll, waitForFrame} from '../helpers.js';
import {typeText} from '../promote/keys.js';
import {loaded, renderBoard} from '../render-board.js';
import {rollbackPosts, servicesFor} from '../../services/promotion-harness.js';
import {couple, createApp, deployCommit, isoAgo} from '../../../source/simulator/builder.js';
import {findApp, findPipeline, runningCommit} from '../../../source/simulator/state.js';

let sim: Simulator | null = null;
afterEach(async () => {
  unmountAll();
  await sim?.close();
  sim = null;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

async function board(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({promotionStepMs: 30, logs: {requestsPerSecond: 60}, ...options});
  const ui = renderBoard(servicesFor(sim) as unknown as FakeServices, {columns: 120, rows: 40});
  await waitForFrame(ui.frame, loaded, 10_000);
  return ui;
}

describe('verification on the board', {timeout: 40_000}, () => {
  it('V on production: the figures and verdict, a window that changes, rollback one key away', async () => {
    const ui = await board();
    // Only production is verified: on staging the key says why.
    ui.stdin.write('V');
    await waitForFrame(ui.frame, (f) => f.includes('Verification watches production'));
    ui.stdin.write('l');
    await pressUntil(ui, 'V', (f) => f.includes('Verification ·'));
    // The seeded production runs a crashed worker: the first rule decides.
    const panel = await waitForFrame(
      ui.frame,
      (f) => f.includes('whitewave-prod FAILING crashed dynos: worker.1'),
      10_000,
    );
    expect(panel).toContain('of 5 min');
    expect(panel).toMatch(/requests\/min +\d+ +\d+/);
    expect(panel).toContain('rollout web 2/2 on v16, worker 1/1 on v16 (worker.1 crashed)');
    expect(panel).toContain('+- window');

    await settle();
    ui.stdin.write('+');
    await waitForFrame(ui.frame, (f) => f.includes('of 6 min'), 5000);
    ui.stdin.write('-');
    ui.stdin.write('-');
    await waitForFrame(ui.frame, (f) => f.includes('of 4 min'), 5000);

    ui.stdin.write('r');
    const question = await waitForFrame(ui.frame, (f) => f.includes('Type whitewave-prod'), 10_000);
    expect(question).toMatch(/Roll whitewave-prod back to v15/);
    await settle();
    ui.stdin.write(KEYS.escape);
    await waitForFrame(ui.frame, (f) => f.includes('Rollback cancelled: nothing was sent.'));
    await settle();
    ui.stdin.write(KEYS.escape);
    await waitForFrame(ui.frame, (f) => f.includes('Verification ·'), 5000);
    expect(rollbackPosts(sim!, sim!.appId('whitewave-prod'))).toHaveLength(0);
    await settle();
    ui.stdin.write(KEYS.escape);
    await waitForFrame(ui.frame, (f) => loaded(f) && !f.includes('Verification ·'));
  });

  it('opens by itself under a promotion that succeeded, and finds a failing production', async () => {
    const ui = await board({logs: {scenario: 'failing-promotion', requestsPerSecond: 60}});
    await pressUntil(ui, 'p', (f) => f.includes('[ Cancel ]'));
    await settle();
    ui.stdin.write(KEYS.tab);
    ui.stdin.write(KEYS.enter);
    await waitForFrame(ui.frame, (f) => f.includes('Type whitewave-prod'));
    await typeText(ui, 'whitewave-prod');
    ui.stdin.write(KEYS.enter);
    const done = await waitForFrame(ui.frame, (f) => f.includes('whitewave-prod FAILING'), 20_000);
    expect(done).toContain('✓ whitewave-prod succeeded');
    expect(done).toContain('Verification ·');
    expect(done).toMatch(/Rollback is one key away: r rolls whitewave-prod back/);
    // r: the rollback question for the release the promotion replaced.
    await settle();
    ui.stdin.write('r');
    await waitForFrame(
      ui.frame,
      (f) => f.includes('Type whitewave-prod to roll back to v16'),
      10_000,
    );
  });

  it('under a promotion to two apps, Tab chooses which one r rolls back', async () => {
    sim = await startSimulator({promotionStepMs: 30, logs: {requestsPerSecond: 60}});
    // A second production app, running what whitewave-prod runs: both are promoted.
    const state = sim.state;
    const prod = findApp(state, 'whitewave-prod')!;
    const eu = createApp(state, {
      name: 'whitewave-prod-eu',
      repo: prod.repo,
      at: isoAgo(state, 600),
    });
    couple(state, findPipeline(state, 'whitewave')!, eu, 'production');
    deployCommit(state, eu, runningCommit(state, prod)!, {
      at: isoAgo(state, 60),
      userId: state.account.id,
    });
    const ui = renderBoard(servicesFor(sim) as unknown as FakeServices, {columns: 120, rows: 40});
    await waitForFrame(ui.frame, loaded, 10_000);
    await pressUntil(ui, 'p', (f) => f.includes('[ Cancel ]'));
    await settle();
    ui.stdin.write(KEYS.tab);
    ui.stdin.write(KEYS.enter);
    const typed = await waitForFrame(ui.frame, (f) => /Type \S+/.test(f));
    await typeText(ui, /Type (\S+)/.exec(typed)![1]!.replace(/[^\w-]+$/, ''));
    ui.stdin.write(KEYS.enter);
    const done = await waitForFrame(
      ui.frame,
      (f) =>
        f.includes('✓ whitewave-prod-eu succeeded') && f.includes('r rolls whitewave-prod back'),
      20_000,
    );
    expect(done).toContain('Tab another target');
    // The target the keys act on is marked in the panel.
    expect(done).toMatch(/› whitewave-prod (HEALTHY|DEGRADED|FAILING)/);
    expect(done).not.toContain('› whitewave-prod-eu');
    await settle();
    ui.stdin.write(KEYS.tab);
    const moved = await waitForFrame(ui.frame, (f) => f.includes('r rolls whitewave-prod-eu back'));
    expect(moved).toContain('› whitewave-prod-eu');
    expect(moved).not.toMatch(/› whitewave-prod (HEALTHY|DEGRADED|FAILING)/);
    await settle();
    ui.stdin.write('r');
    await waitForFrame(ui.frame, (f) => f.includes('Type whitewave-prod-eu to roll back'), 10_000);
    expect(rollbackPosts(sim, sim.appId('whitewave-prod-eu'))).toHaveLength(0);
  });
});
