import {EventEmitter} from 'node:events';
import type {ChildProcess} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {createUrlOpener} from '../../source/services/browser.js';

const URL = 'https://whitewave-staging.herokuapp.com/';

// An opener process that exits with the given code after a while, or never.
function opener(exit: {code: number; afterMs: number} | {error: Error} | null) {
  const child = new EventEmitter() as ChildProcess;
  if (exit && 'code' in exit) setTimeout(() => child.emit('exit', exit.code), exit.afterMs);
  if (exit && 'error' in exit) setTimeout(() => child.emit('error', exit.error), 5);
  return child;
}

function openerFor(
  exit: Parameters<typeof opener>[0],
  platform: NodeJS.Platform = 'linux',
  env: NodeJS.ProcessEnv = {DISPLAY: ':0'},
) {
  const launched: string[] = [];
  const open = createUrlOpener({
    platform,
    env,
    settleMs: 100,
    launch: async (url) => {
      launched.push(url);
      return opener(exit);
    },
  });
  return {open, launched};
}

describe('createUrlOpener', () => {
  it('counts a page as opened when the opener is still running after a moment', async () => {
    const {open, launched} = openerFor(null);
    await expect(open(URL)).resolves.toBeUndefined();
    expect(launched).toEqual([URL]);
  });

  it('counts a page as opened when the opener exits cleanly', async () => {
    const {open} = openerFor({code: 0, afterMs: 10});
    await expect(open(URL)).resolves.toBeUndefined();
  });

  it('says where the page is when the opener fails', async () => {
    const {open} = openerFor({code: 3, afterMs: 10});
    await expect(open(URL)).rejects.toThrow(`The browser did not open: ${URL}`);
    const broken = openerFor({error: new Error('spawn xdg-open ENOENT')});
    await expect(broken.open(URL)).rejects.toThrow(`: ${URL}`);
  });

  it('does not try on Linux without a display, and does on macOS, Windows, Wayland, WSL and with $BROWSER', async () => {
    const headless = openerFor(null, 'linux', {});
    await expect(headless.open(URL)).rejects.toThrow(`No display to open a browser on: ${URL}`);
    expect(headless.launched).toEqual([]);
    for (const [platform, env] of [
      ['darwin', {}],
      ['win32', {}],
      ['linux', {WAYLAND_DISPLAY: 'wayland-0'}],
      ['linux', {WSL_DISTRO_NAME: 'Ubuntu'}],
      ['linux', {BROWSER: '/vscode/bin/helpers/browser.sh'}],
    ] as const) {
      const {open, launched} = openerFor(null, platform, env);
      await expect(open(URL)).resolves.toBeUndefined();
      expect(launched).toEqual([URL]);
    }
  });

  it('says where the page is when the opener cannot be started', async () => {
    const open = createUrlOpener({
      platform: 'darwin',
      env: {},
      launch: async () => {
        throw new Error('spawn open ENOENT');
      },
    });
    await expect(open(URL)).rejects.toThrow(`Could not start a browser: ${URL}`);
  });
});

describe('an opener that fails after the page counted as opened', () => {
  it('changes nothing and does not end the program', async () => {
    const child = new EventEmitter() as ChildProcess;
    const open = createUrlOpener({
      platform: 'darwin',
      env: {},
      settleMs: 10,
      launch: async () => child,
    });
    await expect(open(URL)).resolves.toBeUndefined();
    // An EventEmitter throws on an 'error' nobody listens to.
    expect(() => child.emit('error', new Error('late'))).not.toThrow();
  });
});
