import {EventEmitter} from 'node:events';
import type {ChildProcess} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {createUrlOpener} from '../../source/services/browser.js';

describe('createUrlOpener refuses what is not a web page', () => {
  it.each([
    'file:///etc/passwd',
    'x-open-me://run?cmd=calc',
    'http://evil.example/plain',
    'smb://share/payload',
  ])('never starts the opener for %s', async (url) => {
    const launched: string[] = [];
    const open = createUrlOpener({
      platform: 'linux',
      env: {DISPLAY: ':0'},
      settleMs: 10,
      launch: async (address) => {
        launched.push(address);
        return new EventEmitter() as ChildProcess;
      },
    });
    await expect(open(url)).rejects.toThrow(
      'That address is not a web page, so it was not opened.',
    );
    expect(launched).toEqual([]);
  });
});
