import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {configDirectory} from '../../source/credentials/config-dir.js';
import {openCredentialStore, recoveryNotice} from '../../source/credentials/store.js';
import {netrcPathFor} from '../../source/credentials/resolve.js';
import {readNetrcToken} from '../../source/credentials/netrc.js';
import {ConfigError} from '../../source/shared/errors.js';
import {unsafeFile, unsafeFolder} from '../../source/credentials/store-safety.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

const modeOf = (target: string) => statSync(target).mode & 0o777;
const ONE_SENTENCE = /^[A-Z][^\n]*[.]$/;

let temp: TempEnv;
beforeEach(() => {
  temp = makeTempEnv();
});
afterEach(() => {
  temp.cleanup();
});

describe('a linked config.json', () => {
  it('is neither chmodded, read nor written, and says so in one sentence', () => {
    const target = path.join(temp.root, 'elsewhere.json');
    writeFileSync(target, '{"hosts": {"api.heroku.com": {"token": "planted-token"}}}', {
      mode: 0o644,
    });
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    symlinkSync(target, path.join(temp.configDir, 'config.json'));

    const store = openCredentialStore({env: temp.env});
    expect(modeOf(target)).toBe(0o644);
    expect(store.getToken('api.heroku.com')).toBeNull();
    expect(() => store.setToken('api.heroku.com', 'HRKU-new-token-123456', null)).toThrow(
      ConfigError,
    );
    expect(readFileSync(target, 'utf8')).not.toContain('HRKU-new-token');
    const notice = recoveryNotice(store)!;
    expect(notice).toMatch(ONE_SENTENCE);
    expect(notice).toContain('is a link');
  });

  it('a dangling link is refused too, and nothing is created at its target', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    const target = path.join(temp.root, 'created-by-us.json');
    symlinkSync(target, path.join(temp.configDir, 'config.json'));
    const store = openCredentialStore({env: temp.env});
    expect(() => store.setToken('api.heroku.com', 'HRKU-new-token-123456', null)).toThrow(
      'is a link',
    );
    expect(() => statSync(target)).toThrow();
  });
});

describe('a config.json that is not a plain file', () => {
  it('a FIFO is refused instead of hanging the reader', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    execFileSync('mkfifo', [path.join(temp.configDir, 'config.json')]);
    const store = openCredentialStore({env: temp.env});
    expect(recoveryNotice(store)).toBe(
      `The settings file ${path.join(temp.configDir, 'config.json')} is not a plain file, so it is not used: remove it.`,
    );
    expect(store.getToken('api.heroku.com')).toBeNull();
  });
});

describe('an unsafe PIPELINE_TUI_CONFIG_DIR', () => {
  it('a world-writable folder without the sticky bit is refused', () => {
    mkdirSync(temp.configDir, {recursive: true});
    chmodSync(temp.configDir, 0o777);
    writeFileSync(path.join(temp.configDir, 'config.json'), '{"github": {"token": "planted"}}');
    const store = openCredentialStore({env: temp.env});
    expect(store.getGitHubToken()).toBeNull();
    expect(recoveryNotice(store)).toMatch(ONE_SENTENCE);
    expect(recoveryNotice(store)).toContain('can be written by every user');
    expect(() => store.setGitHubToken('ghp_x')).toThrow('can be written by every user');
    // Not ours to fix silently: the folder keeps its mode.
    expect(modeOf(temp.configDir)).toBe(0o777);
  });

  it('a folder or file owned by another user is refused', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    const file = path.join(temp.configDir, 'config.json');
    writeFileSync(file, '{}', {mode: 0o600});
    const someoneElse = process.getuid!() + 4242;
    expect(unsafeFolder(temp.configDir, someoneElse)).toBe(
      `The settings folder ${temp.configDir} belongs to another user, so it is not used: set PIPELINE_TUI_CONFIG_DIR to a folder of your own.`,
    );
    expect(unsafeFile(file, someoneElse)).toMatch(/belongs to another user, so it is not used/);
    expect(unsafeFolder(temp.configDir)).toBeNull();
    expect(unsafeFile(file)).toBeNull();
  });

  it('a world-writable folder with the sticky bit is refused as well', () => {
    mkdirSync(temp.configDir, {recursive: true});
    chmodSync(temp.configDir, 0o1777);
    expect(recoveryNotice(openCredentialStore({env: temp.env}))).toContain(
      'can be written by every user',
    );
  });

  it('a folder of its own, 0700, is used as before', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    const store = openCredentialStore({env: temp.env});
    expect(recoveryNotice(store)).toBeNull();
    store.setToken('api.heroku.com', 'HRKU-ok-token-1234567', 'a@b.c');
    expect(store.getToken('api.heroku.com')?.token).toBe('HRKU-ok-token-1234567');
  });
});

describe('HOME empty or relative', () => {
  it('uses the account home instead of the current folder', () => {
    for (const HOME of ['', 'relative/home', '.']) {
      expect(configDirectory({HOME}, 'linux', () => '/home/real').dir).toBe(
        '/home/real/.config/pipeline-tui',
      );
      expect(netrcPathFor({env: {HOME}, accountHome: () => '/home/real'})).toBe(
        '/home/real/.netrc',
      );
    }
  });

  it('is refused with one sentence when no account home is known either', () => {
    expect(() => configDirectory({HOME: ''}, 'linux', () => null)).toThrow(ConfigError);
    expect(() => configDirectory({HOME: 'rel'}, 'linux', () => 'also-relative')).toThrow(
      /^HOME is empty or not an absolute path.*\.$/,
    );
    expect(netrcPathFor({env: {HOME: ''}, accountHome: () => null})).toBeNull();
  });

  it('never reads a .netrc from the current folder', () => {
    const netrcPath = netrcPathFor({env: {HOME: ''}, accountHome: () => null});
    expect(netrcPath).toBeNull();
    expect(readNetrcToken('api.heroku.com', {netrcPath})).toBeNull();
    const resolved = netrcPathFor({env: {HOME: 'repo'}, accountHome: () => temp.home});
    expect(resolved).toBe(path.join(temp.home, '.netrc'));
  });
});
