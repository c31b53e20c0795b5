import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEY, type PtySession} from './pty.js';
import {
  boardShown,
  cliEnv,
  launch,
  runPiped,
  simulator,
  tempDir,
  requireBuiltCli,
} from './harness.js';
import {MASK_LENGTH} from '../../source/ui/LineInput.js';

requireBuiltCli();

async function typeToken(tui: PtySession, token: string): Promise<void> {
  tui.press(token);
  // The mask has one length whatever the token's: it shows that typing arrived.
  await tui.waitForText('•'.repeat(MASK_LENGTH), 5000);
}

function configFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

describe('login in a real terminal', {timeout: 90_000}, () => {
  it('asks for a token, saves it for the next launch, and never shows it', async () => {
    const sim = await simulator();
    const configDir = tempDir();
    const home = tempDir();
    const first = launch({args: ['whitewave'], sim, token: null, configDir, home});
    await first.waitForText('Log in to Heroku');
    expect(first.screenText()).toContain('heroku auth:token');

    await typeToken(first, 'HRKU-not-the-right-one');
    first.press(KEY.enter);
    await first.waitForText('✗');
    expect(first.screenText()).not.toContain('HRKU-not-the-right-one');

    await typeToken(first, sim.token);
    expect(first.screenText()).not.toContain(sim.token);
    first.press(KEY.enter);
    await first.waitForText('Logged in as avery.brooks@whitewave.io');
    await first.waitForScreen(boardShown, 20_000, 'the board after login');
    first.press('q');
    expect((await first.waitForExit()).exitCode).toBe(0);
    expect(first.output()).not.toContain(sim.token);

    const saved = configFiles(configDir);
    expect(saved.length).toBeGreaterThan(0);
    for (const file of saved) expect(statSync(file).mode & 0o077).toBe(0);
    expect(saved.some((file) => readFileSync(file, 'utf8').includes(sim.token))).toBe(true);

    // The next launch finds the saved token: straight to the board.
    const second = launch({args: ['whitewave'], sim, token: null, configDir, home});
    const board = await second.waitForScreen(
      (text) => boardShown(text) || text.includes('Log in to Heroku'),
      20_000,
      'the board or the login screen',
    );
    expect(board).not.toContain('Log in to Heroku');
    expect(board).toContain('whitewave-staging');
  });

  it('forgets the token on logout, and the next launch asks again', async () => {
    const sim = await simulator();
    const configDir = tempDir();
    const home = tempDir();
    const env = cliEnv({sim, token: null, configDir, home});
    const login = await runPiped(['login'], env, `${sim.token}\n`);
    expect(login.code).toBe(0);
    expect(login.stdout + login.stderr).not.toContain(sim.token);

    const whoami = await runPiped(['whoami'], env);
    expect(whoami.stdout).toContain('avery.brooks@whitewave.io');

    const logout = await runPiped(['logout'], env);
    expect(logout.code).toBe(0);
    const tui = launch({args: ['whitewave'], sim, token: null, configDir, home});
    await tui.waitForText('Log in to Heroku', 20_000);
    tui.press(KEY.escape);
    await tui.waitForExit();
  });
});
