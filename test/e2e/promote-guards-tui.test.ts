import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {
  boardShown,
  launch,
  launchWhitewave,
  requireBuiltCli,
  selectedAppName,
  simulator,
  typeInto,
} from './harness.js';
import {commitRunning, promotionPosts} from './sim-state.js';
import {findApp, findPipeline} from '../../source/simulator/state.js';
import {couple} from '../../source/simulator/builder.js';
import type {Simulator} from '../../source/simulator/index.js';

requireBuiltCli();

const maintenanceOf = (sim: Simulator, name: string) => findApp(sim.state, name)!.maintenance;

describe('promotion guard rails in a real terminal', {timeout: 120_000}, () => {
  it('warns of crashed dynos and migrations, turns maintenance on first, then has nothing to do', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const tui = await launchWhitewave(sim);
    tui.press('p');
    const dialog = await tui.waitForText('[ Cancel ]');
    expect(dialog).toMatch(/whitewave-prod has 1 crashed dyno \(worker\)/);
    expect(dialog).toMatch(/Database migrations reach whitewave-prod/);
    expect(dialog).toMatch(/rollback does not undo them/);
    tui.press('m');
    await tui.waitForText('[x] maintenance mode on for whitewave-prod');
    tui.press(KEY.right);
    await tui.waitForText('[ Promote… ]');
    tui.press(KEY.enter);
    await tui.waitForText('Type whitewave-prod');
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText(/✓ whitewave-prod succeeded/, 20_000);
    expect(maintenanceOf(sim, 'whitewave-prod')).toBe(true);
    const patches = sim.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(promotionPosts(sim)).toHaveLength(1);

    tui.press(KEY.escape);
    await tui.waitForText(/→ whitewave-prod: in sync/, 20_000);
    tui.press('p');
    const again = await tui.waitForText('Nothing to promote');
    expect(again).toContain('[ ] whitewave-prod');
    expect(again).toContain('already runs this code');
    tui.press(KEY.right);
    tui.press(KEY.enter);
    await tui.waitForScreen(boardShown, 5000, 'the board');
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('warns of no crashed dyno when none is crashed', async () => {
    const sim = await simulator({promotionStepMs: 100});
    sim.setDynoState('whitewave-prod', 'worker.1', 'up');
    const tui = await launchWhitewave(sim);
    tui.press('p');
    const dialog = await tui.waitForText('[ Cancel ]');
    expect(dialog).not.toContain('crashed dyno');
    expect(dialog).toContain('Database migrations reach whitewave-prod');
    expect(dialog).not.toMatch(/Name says/);
  });

  it('warns of a staging app whose name says production, and not of the other', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const pipeline = findPipeline(sim.state, 'whitewave')!;
    couple(sim.state, pipeline, findApp(sim.state, 'whitewave-canary-prod')!, 'staging');
    const tui = launch({args: ['whitewave'], sim});
    await tui.waitForScreen(boardShown, 20_000, 'the board');
    tui.press('h');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-dev', 5000);
    tui.press('p');
    const fromDev = await tui.waitForText('[ Cancel ]');
    expect(fromDev).toMatch(/whitewave-canary-prod: Name says production/);
    expect(fromDev).not.toMatch(/whitewave-staging: Name says/);
    expect(fromDev).not.toContain('Database migrations');
  });

  it('promotes in two waves, one POST each, however often Enter is pressed', async () => {
    const sim = await simulator({promotionStepMs: 150, secondProduction: true});
    const tui = await launchWhitewave(sim);
    tui.press('p');
    await tui.waitForText('[x] whitewave-prod-eu');
    // whitewave-prod (first) goes to a second wave: EU first.
    tui.press('w');
    const waved = await tui.waitForText('in 2 waves');
    expect(waved).toMatch(/whitewave-prod wave 2/);
    expect(waved).toMatch(/whitewave-prod-eu wave 1/);
    tui.press(KEY.right);
    await tui.waitForText('[ Promote… ]');
    tui.press(KEY.enter);
    await tui.waitForText('Type whitewave');
    await typeInto(tui, 'whitewave');
    tui.press(KEY.enter);
    await tui.waitForText(/wave 1 of 2/);
    for (let i = 0; i < 5; i++) tui.press(KEY.enter);
    await tui.waitForText(/wave 2 of 2/, 20_000);
    tui.press(KEY.enter);
    await tui.waitForText(/Promoted whitewave-staging v\d+ to 2 apps/, 20_000);
    expect(promotionPosts(sim)).toHaveLength(2);
    expect(sim.promotions().map((p) => p.targetAppIds)).toEqual([
      [sim.appId('whitewave-prod-eu')],
      [sim.appId('whitewave-prod')],
    ]);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(commitRunning(sim, 'whitewave-staging'));
  });

  it('stops after a failed first wave: the second is never sent', async () => {
    const sim = await simulator({promotionStepMs: 100, secondProduction: true});
    sim.failNextPromotion('whitewave-prod-eu', 'release command failed');
    const usBefore = commitRunning(sim, 'whitewave-prod');
    const tui = await launchWhitewave(sim);
    tui.press('p');
    await tui.waitForText('[x] whitewave-prod-eu');
    tui.press('w');
    await tui.waitForText('in 2 waves');
    tui.press(KEY.right);
    await tui.waitForText('[ Promote… ]');
    tui.press(KEY.enter);
    await tui.waitForText('Type whitewave');
    await typeInto(tui, 'whitewave');
    tui.press(KEY.enter);
    const done = await tui.waitForText(/so the later waves were not sent/, 20_000);
    expect(done).toMatch(/✗ whitewave-prod-eu failed: release command failed/);
    expect(done).toContain('– whitewave-prod not promoted: wave 2 was not sent');
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(usBefore);
  });

  it('says staging runs a newer release before the typed name, and Ctrl-R reviews it', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const tui = await launchWhitewave(sim);
    tui.press('p');
    const first = await tui.waitForText('[ Cancel ]');
    const reviewed = /Promote whitewave-staging v(\d+)/.exec(first)![1];
    const newer = sim.deploy('whitewave-staging', {message: 'Tidy the order model'});
    tui.press(KEY.right);
    await tui.waitForText('[ Promote… ]');
    tui.press(KEY.enter);
    const notice = await tui.waitForText(`now runs v${newer.version}`, 10_000);
    expect(notice).toContain(
      `whitewave-staging now runs v${newer.version}; v${reviewed}, which you reviewed, will ship. Ctrl-R reviews v${newer.version}.`,
    );
    tui.press('\u0012');
    await tui.waitForText(`Promote whitewave-staging v${newer.version}`, 10_000);
    expect(promotionPosts(sim)).toHaveLength(0);
    tui.press(KEY.escape);
    await tui.waitForScreen(boardShown, 5000, 'the board');
  });

  it('turns maintenance mode on for production from the board after the typed name', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    tui.press('l');
    await tui.waitForText(/whitewave-prod/);
    tui.press('M');
    const asked = await tui.waitForText('Type whitewave-prod to turn maintenance mode on');
    expect(asked).toContain('Maintenance mode for whitewave-prod: off now');
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText('Maintenance mode is on for whitewave-prod.', 10_000);
    expect(maintenanceOf(sim, 'whitewave-prod')).toBe(true);
    // The card says so once the board is read again.
    await tui.waitForText(/MAINTENANCE web 2 up/, 10_000);

    // The development app (in maintenance in the demo) goes out of it after y.
    tui.press('h');
    tui.press('h');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-dev', 5000);
    tui.press('M');
    await tui.waitForText('Maintenance mode for whitewave-dev: on now');
    tui.press('y');
    await tui.waitForText('Maintenance mode is off for whitewave-dev.', 10_000);
    expect(maintenanceOf(sim, 'whitewave-dev')).toBe(false);
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });
});
