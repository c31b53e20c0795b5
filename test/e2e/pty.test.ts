import {afterEach, describe, expect, it} from 'vitest';
import {KEY, RED, killAllPtys, spawnPty} from './pty.js';

afterEach(async () => {
  await killAllPtys();
});

// A tiny program that echoes what it reads and reports its terminal size on resize.
const ECHO = `
process.stdin.setRawMode(true);
process.stdout.write('ready ' + process.stdout.columns + 'x' + process.stdout.rows + '\\r\\n');
process.stdout.on('resize', () =>
  process.stdout.write('size ' + process.stdout.columns + 'x' + process.stdout.rows + '\\r\\n'));
process.stdin.on('data', (data) => {
  if (data.toString() === 'x') process.exit(3);
  process.stdout.write('got ' + JSON.stringify(data.toString()) + '\\r\\n');
});
process.stdout.write('\\u001B[31mred text\\u001B[0m\\r\\n');
`;

function echo() {
  return spawnPty({
    file: process.execPath,
    args: ['-e', ECHO],
    env: {PATH: process.env.PATH},
    cols: 80,
    rows: 24,
  });
}

describe('the pseudo-terminal harness', () => {
  it('runs a program in a terminal of the given size and reads its screen', async () => {
    const tui = echo();
    await tui.waitForText('ready 80x24');
    await tui.waitForText('red text');
    expect(tui.screen()).toHaveLength(24);
    expect(tui.styleOf('red text')?.foreground).toBe(RED);
    expect(tui.styleOf('ready')?.foreground).toBeNull();
  });

  it('delivers keys, and each press is written in order', async () => {
    const tui = echo();
    await tui.waitForText('ready');
    tui.press('a');
    await tui.waitForText('got "a"');
    tui.press(KEY.up);
    await tui.waitForText('got "\\u001b[A"');
  });

  it('resizes both the emulator and the program', async () => {
    const tui = echo();
    await tui.waitForText('ready');
    tui.resize(100, 30);
    await tui.waitForText('size 100x30');
    expect(tui.screen()).toHaveLength(30);
  });

  it('fails a wait with the screen it last saw', async () => {
    const tui = echo();
    await tui.waitForText('ready');
    await expect(tui.waitForText('never shown', 200)).rejects.toThrow(
      /Timed out after 200 ms[\s\S]*ready 80x24/,
    );
  });

  it('stops waiting as soon as the program exits, and reports its exit code', async () => {
    const tui = echo();
    await tui.waitForText('ready');
    tui.press('x');
    await expect(tui.waitForText('never shown', 10_000)).rejects.toThrow(/exited \(code 3\)/);
    expect((await tui.waitForExit()).exitCode).toBe(3);
  });

  it('ends every program still running', async () => {
    const tui = echo();
    await tui.waitForText('ready');
    await killAllPtys();
    expect(tui.running).toBe(false);
  });
});
