import {describe, expect, it} from 'vitest';
import {KEY, type PtySession} from '../e2e/pty.js';
import {
  boardShown,
  simulator,
  typeInto,
  requireBuiltCli,
  launchWhitewave,
  openProductionConfirmation,
  openRollbackConfirmation,
} from '../e2e/harness.js';
import {commitRunning, promotionPosts, rollbackPosts} from '../e2e/sim-state.js';
import type {Simulator} from '../../source/simulator/index.js';

requireBuiltCli();

const CODE = '424242';

async function promoteUntilAsked(sim: Simulator): Promise<PtySession> {
  const tui = await launchWhitewave(sim);
  await openProductionConfirmation(tui);
  await typeInto(tui, 'whitewave-prod');
  tui.press(KEY.enter);
  await tui.waitForText('Two-factor code', 10_000);
  return tui;
}

describe('two-factor authentication in a real terminal', {timeout: 90_000}, () => {
  it('asks for the code and sends the promotion again once, with it', async () => {
    const sim = await simulator({twoFactorCode: CODE, promotionStepMs: 100});
    const stagingSha = commitRunning(sim, 'whitewave-staging');
    const tui = await promoteUntilAsked(sim);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(0);

    await typeInto(tui, CODE);
    tui.press(KEY.enter);
    await tui.waitForText(/✓ whitewave-prod succeeded/, 20_000);

    const posts = promotionPosts(sim);
    expect(posts.map((p) => p.twoFactorCode)).toEqual([null, CODE]);
    expect(sim.promotions()).toHaveLength(1);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(stagingSha);
  });

  it('gives up after a wrong code, saying nothing was created, and sends no third request', async () => {
    const sim = await simulator({twoFactorCode: CODE, promotionStepMs: 100});
    const tui = await promoteUntilAsked(sim);
    await typeInto(tui, '000000');
    tui.press(KEY.enter);
    await tui.waitForText(/did not accept the two-factor code: no promotion was created/, 10_000);
    tui.press(KEY.enter);
    await tui.waitForScreen(boardShown, 10_000, 'the board');
    expect(promotionPosts(sim)).toHaveLength(2);
    expect(sim.promotions()).toHaveLength(0);
  });

  it('cancels at the code prompt with Esc: nothing more is sent', async () => {
    const sim = await simulator({twoFactorCode: CODE, promotionStepMs: 100});
    const tui = await promoteUntilAsked(sim);
    tui.press(KEY.escape);
    await tui.waitForText(/no promotion was created/, 10_000);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(0);
  });

  it('asks for the code for a rollback too, and rolls back once', async () => {
    const sim = await simulator({twoFactorCode: CODE});
    const tui = await launchWhitewave(sim);
    await openRollbackConfirmation(tui);
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText('Two-factor code', 10_000);
    await typeInto(tui, CODE);
    tui.press(KEY.enter);
    await tui.waitForText(/Rolled whitewave-prod back to v15/, 10_000);
    const posts = rollbackPosts(sim, 'whitewave-prod');
    expect(posts.map((p) => p.twoFactorCode)).toEqual([null, CODE]);
  });
});
