import {describe, expect, it} from 'vitest';
import {KEY} from './pty.js';
import {
  boardShown,
  selectedAppName,
  simulator,
  requireBuiltCli,
  launchWhitewave,
} from './harness.js';
import {allPosts, configValues} from './sim-state.js';

requireBuiltCli();

// The start of every value long enough to be a secret: even a truncated one must not show.
function secretPrefixes(values: string[]): string[] {
  return values.filter((value) => value.length >= 16).map((value) => value.slice(0, 12));
}

describe('drift between staging and production in a real terminal', {timeout: 90_000}, () => {
  it('lists what differs by name and never draws a config value', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);

    tui.press('c');
    const drift = await tui.waitForScreen(
      (text) => text.includes('values are never shown') && /Different values \(\d+\)/.test(text),
      20_000,
      'the drift of staging and production',
    );
    expect(drift).toContain('whitewave-staging ⇄ whitewave-prod');
    expect(drift).toMatch(/Missing on production \(1\)[\s\S]*FEATURE_CHECKOUT_V2/);
    expect(drift).toMatch(/Missing on staging \(1\)[\s\S]*PAPERTRAIL_API_TOKEN/);
    expect(drift).toMatch(/Different values \(6\)/);
    expect(drift).toMatch(/DATABASE_URL/);
    expect(drift).toMatch(/heroku-postgresql +essential-0 +standard-0/);
    expect(drift).toMatch(/web +1 × Standard-1X +2 × Standard-2X/);

    const secrets = secretPrefixes([
      ...configValues(sim, 'whitewave-staging'),
      ...configValues(sim, 'whitewave-prod'),
    ]);
    expect(secrets.length).toBeGreaterThan(5);
    const output = tui.output();
    for (const secret of secrets) expect(output).not.toContain(secret);

    tui.press(KEY.escape);
    await tui.waitForScreen(
      (text) => boardShown(text) && !text.includes('values are never shown'),
      5000,
      'the board after the drift view',
    );
    expect(allPosts(sim)).toHaveLength(0);
  });

  it('says why there is no drift for the last stage', async () => {
    const sim = await simulator();
    const tui = await launchWhitewave(sim);
    tui.press('l');
    await tui.waitForScreen((_, lines) => selectedAppName(lines) === 'whitewave-prod', 5000);
    tui.press('c');
    await tui.waitForText(/Production is the last stage/);
  });
});
