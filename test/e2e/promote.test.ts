import {describe, expect, it} from 'vitest';
import {KEY, RED} from './pty.js';
import {
  boardShown,
  simulator,
  typeInto,
  requireBuiltCli,
  launchWhitewave,
  openProductionConfirmation,
  openRollbackConfirmation,
} from './harness.js';
import {
  allPosts,
  codeReleaseOf,
  commitRunning,
  promotionPosts,
  releaseId,
  rollbackPosts,
} from './sim-state.js';

requireBuiltCli();

describe('promotion in a real terminal', {timeout: 90_000}, () => {
  it('promotes staging to production after the typed name, once, pinned to the reviewed release', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const staging = codeReleaseOf(sim, 'whitewave-staging');
    const stagingSha = commitRunning(sim, 'whitewave-staging');
    const tui = await launchWhitewave(sim);

    const dialog = await openProductionConfirmation(tui);
    expect(dialog).toContain(`Promote whitewave-staging v${staging.version}`);
    expect(dialog).toContain('PRODUCTION');
    expect(dialog).toContain('[x] whitewave-prod');
    expect(dialog).toContain('Commits reaching it (3)');
    expect(dialog).toContain('Add order export to CSV');
    expect(dialog).toMatch(/lacks a config var .*FEATURE_CHECKOUT_V2/);

    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText(/Promoting whitewave-staging/);
    // Enter again while it runs: no second promotion.
    tui.press(KEY.enter);
    const done = await tui.waitForText(/✓ whitewave-prod succeeded/, 20_000);
    expect(done).toContain(`Promoting whitewave-staging v${staging.version}`);
    // The release phase's output follows once Heroku has it.
    await tui.waitForText('Release output', 15_000);

    expect(promotionPosts(sim)).toHaveLength(1);
    const [promotion] = sim.promotions();
    expect(promotion?.releaseId).toBe(staging.id);
    expect(promotion?.targetAppIds).toEqual([sim.appId('whitewave-prod')]);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(stagingSha);

    // Back on the board, production now runs staging's commit.
    tui.press(KEY.escape);
    await tui.waitForText(/→ whitewave-prod: in sync/, 20_000);
    tui.press('p');
    await tui.waitForText('[ Cancel ]');
    tui.press(KEY.escape);
    await tui.waitForScreen(boardShown, 5000, 'the board');
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('shows a failing target in red with Heroku’s message', async () => {
    const sim = await simulator({promotionStepMs: 100});
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const before = commitRunning(sim, 'whitewave-prod');
    const tui = await launchWhitewave(sim);

    await openProductionConfirmation(tui);
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText(/whitewave-prod failed: release command failed/, 20_000);
    expect(tui.styleOf('✗ whitewave-prod failed')?.foreground).toBe(RED);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(before);
    tui.press(KEY.escape);
    await tui.waitForScreen(boardShown, 5000, 'the board');
  });

  it('sends nothing when cancelled at any step', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const tui = await launchWhitewave(sim);
    const backOnBoard = () =>
      tui.waitForScreen(
        (text) => boardShown(text) && !text.includes('Cancel'),
        5000,
        'the board again',
      );

    // Esc at the review step.
    tui.press('p');
    await tui.waitForText('[ Cancel ]');
    tui.press(KEY.escape);
    await backOnBoard();

    // Enter alone: Cancel has the focus.
    tui.press('p');
    await tui.waitForText('[ Cancel ]');
    tui.press(KEY.enter);
    await backOnBoard();

    // Digits and a wrong name never confirm; Esc at the typed step cancels.
    await openProductionConfirmation(tui);
    await typeInto(tui, '129');
    tui.press(KEY.enter);
    await tui.waitForText(/That is not whitewave-prod/);
    await typeInto(tui, 'whitewave-pro');
    tui.press(KEY.enter);
    await tui.waitForScreen(
      (text, lines) =>
        text.includes('That is not whitewave-prod') && lines.some((l) => /│ > +│$/.test(l)),
      5000,
      'the second mismatch',
    );
    tui.press(KEY.escape);
    await backOnBoard();

    expect(allPosts(sim)).toHaveLength(0);
    expect(sim.promotions()).toHaveLength(0);
  });
});

describe('release history and rollback in a real terminal', {timeout: 90_000}, () => {
  it('rolls production back to its previous release after the typed name', async () => {
    const sim = await simulator();
    const previous = releaseId(sim, 'whitewave-prod', 15);
    const tui = await launchWhitewave(sim);

    const confirm = await openRollbackConfirmation(tui);
    expect(confirm).toMatch(/Roll whitewave-prod back to v15/);
    expect(confirm).toMatch(/config vars/i);
    expect(rollbackPosts(sim, 'whitewave-prod')).toHaveLength(0);

    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    const done = await tui.waitForText(/Rolled whitewave-prod back to v15: v17 now runs/, 20_000);
    expect(done).toContain('v17*');
    const posts = rollbackPosts(sim, 'whitewave-prod');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({release: previous});
    tui.press(KEY.escape);
    await tui.waitForText(/v17 \S+ /, 20_000);
  });

  it('sends no rollback when its confirmation is cancelled', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    await openRollbackConfirmation(tui);
    tui.press(KEY.escape);
    await tui.waitForText('Rollback cancelled: nothing was sent.');
    expect(allPosts(sim)).toHaveLength(0);
  });
});
