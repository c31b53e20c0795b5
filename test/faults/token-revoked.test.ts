import {describe, expect, it} from 'vitest';
import {KEY} from '../e2e/pty.js';
import {MASK_LENGTH} from '../../source/ui/LineInput.js';
import {
  boardShown,
  cliEnv,
  launch,
  runPiped,
  simulator,
  tempDir,
  requireBuiltCli,
} from '../e2e/harness.js';
import {allPosts} from '../e2e/sim-state.js';
import {UnauthorizedError} from '../../source/heroku/errors.js';
import {describeError} from '../../source/shared/errors.js';
import {
  failure,
  isClearSentence,
  pipelineId,
  servicesFor,
  simulator as faultSimulator,
} from './fault-services.js';

requireBuiltCli();

describe('a token revoked mid-session, in the services layer', () => {
  it('fails the next load once, unretried, and tells the session so it can ask again', async () => {
    const sim = await faultSimulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    await harness.services.loadBoard(id, 'initial');
    const mark = sim.requests.length;

    sim.revokeToken();
    const error = await failure(harness.services.loadBoard(id, 'auto'));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(isClearSentence(describeError(error), sim.token)).toBe(true);
    expect(harness.unauthorized()).toBe(1);
    // A 401 is final: every request of the round was sent once, none again.
    const paths = sim.requests.slice(mark).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(allPosts(sim)).toHaveLength(0);
  });
});

describe('a token revoked mid-session', {timeout: 90_000}, () => {
  it('from HEROKU_API_KEY: says so in one sentence and quits on q, without a crash', async () => {
    const sim = await simulator();
    const tui = launch({args: ['whitewave'], sim});
    await tui.waitForScreen(boardShown, 20_000, 'the board');

    sim.revokeToken();
    tui.press('r');
    const screen = await tui.waitForText('Heroku rejected the token in HEROKU_API_KEY', 10_000);
    expect(screen).toMatch(/set a valid token/);
    expect(screen).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    expect(tui.output()).not.toContain(sim.token);

    tui.press('q');
    const exit = await tui.waitForExit();
    expect(exit.signal ?? 0).toBe(0);
    expect(allPosts(sim)).toHaveLength(0);
  });

  it('saved by login: the auto-refresh brings back the login screen, and the board resumes after it', async () => {
    const sim = await simulator();
    const configDir = tempDir();
    const home = tempDir();
    const saved = await runPiped(
      ['login'],
      cliEnv({sim, token: null, configDir, home}),
      `${sim.token}\n`,
    );
    expect(saved.code).toBe(0);

    const tui = launch({args: ['whitewave', '--refresh', '1'], sim, token: null, configDir, home});
    await tui.waitForScreen(boardShown, 20_000, 'the board from the saved token');

    // No key pressed: the next auto-refresh meets the 401.
    sim.revokeToken();
    const login = await tui.waitForText('Log in to Heroku', 15_000);
    expect(login).toMatch(/rejected the saved token/);

    // A new token (here: the same one, valid again) resumes the board.
    sim.state.tokenRevoked = false;
    tui.press(sim.token);
    // The input is masked, with one length whatever the token's: the dots show it arrived.
    await tui.waitForText('•'.repeat(MASK_LENGTH), 5000);
    tui.press(KEY.enter);
    await tui.waitForText('Logged in as avery.brooks@whitewave.io', 10_000);
    await tui.waitForScreen(boardShown, 20_000, 'the board again');
    expect(tui.output()).not.toContain(sim.token);
    expect(allPosts(sim)).toHaveLength(0);
  });
});
