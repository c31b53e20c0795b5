import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {
  launch,
  simulator,
  requireBuiltCli,
  launchWhitewave,
  openProductionConfirmation,
  openProductionHistory,
} from './harness.js';
import {promotionPosts} from './sim-state.js';

requireBuiltCli();

// A terminal hands a program whatever arrived since its last read: keys typed quickly, key
// repeat, a busy frame or a paste come in one chunk. Each key must still count once, and a
// pasted line's Enter must act as Enter, never be drawn as a raw carriage return.

// A frame line that lost its left border was overwritten by a raw carriage return.
function framesIntact(lines: string[]): boolean {
  const inside = lines.filter((l) => l.trimEnd().endsWith('│'));
  return inside.every((l) => l.startsWith('│') || l.startsWith('╭') || l.startsWith('╰'));
}

describe('keys that arrive in one chunk', {timeout: 90_000}, () => {
  it('moves two rows in the release history for "jj"', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    await openProductionHistory(tui);
    tui.press('jj');
    await tui.waitForText(/› v14 /, 5000);
  });

  it('promotes once when the name is pasted together with Enter', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const tui = await launchWhitewave(sim);
    await openProductionConfirmation(tui);
    tui.press(`whitewave-prod${KEY.enter}`);
    await tui.waitForText(/✓ whitewave-prod succeeded/, 10_000);
    expect(framesIntact(tui.screen())).toBe(true);
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('logs in when the token is pasted with its trailing Enter', async () => {
    const sim = await simulator();
    const tui = launch({args: ['whitewave'], sim, token: null});
    await tui.waitForText('Log in to Heroku', 20_000);
    tui.press(`${sim.token}${KEY.enter}`);
    await tui.waitForText('Logged in as avery.brooks@whitewave.io', 10_000);
    expect(tui.output()).not.toContain(sim.token);
  });
});
