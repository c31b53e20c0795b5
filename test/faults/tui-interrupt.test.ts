import {describe, expect, it} from 'vitest';
import {KEY} from '../e2e/pty.js';
import {
  launchWhitewave,
  openProductionConfirmation,
  requireBuiltCli,
  simulator,
  typeInto,
} from '../e2e/harness.js';
import {promotionPosts} from '../e2e/sim-state.js';
import {waitFor} from '../ui/helpers.js';

requireBuiltCli();

describe('Ctrl-C in the board while a promotion runs', {timeout: 90_000}, () => {
  it('says the promotion goes on at Heroku and how to follow it, then exits 130', async () => {
    const sim = await simulator({promotionStepMs: 10_000});
    const tui = await launchWhitewave(sim);
    await openProductionConfirmation(tui);
    await typeInto(tui, 'whitewave-prod');
    tui.press(KEY.enter);
    await tui.waitForText(/Promoting whitewave-staging/);
    await waitFor(() => sim.promotions().length === 1, 10_000, 'the promotion');
    await tui.waitForText(/promoting/, 10_000);

    tui.press(KEY.ctrlC);
    const exit = await tui.exited;
    expect(exit.exitCode).toBe(130);
    const id = sim.promotions()[0]!.id;
    const text = tui.screenText();
    expect(text).toContain('Interrupted: a promotion cannot be cancelled');
    // The line may wrap in the terminal: compared without the white space.
    expect(text.replace(/\s+/g, '')).toContain(`pipeline-tuipromote--follow${id}`);
    expect(promotionPosts(sim)).toHaveLength(1);
  });
});
