import {chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigError} from '../../source/shared/errors.js';
import {
  configDirectory,
  openCredentialStore,
  recoveryNotice,
} from '../../source/credentials/index.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

const TOKEN = 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677889900';

let temp: TempEnv;
beforeEach(() => {
  temp = makeTempEnv();
});
afterEach(() => {
  temp.cleanup();
});

const modeOf = (target: string) => statSync(target).mode & 0o777;
const configFile = () => path.join(temp.configDir, 'config.json');

describe('openCredentialStore', () => {
  it('keeps the settings in PIPELINE_TUI_CONFIG_DIR, folder 0700 and file 0600', () => {
    const store = openCredentialStore({env: temp.env});
    expect(store.path).toBe(configFile());
    expect(store.recoveredFrom).toBeNull();
    expect(modeOf(temp.configDir)).toBe(0o700);

    store.setToken('api.heroku.com', TOKEN, 'dev@example.com');
    expect(modeOf(configFile())).toBe(0o600);
    expect(modeOf(temp.configDir)).toBe(0o700);
  });

  it('saves a token per API host, with its email, and reads it back in a new process', () => {
    const store = openCredentialStore({env: temp.env});
    store.setToken('api.heroku.com', TOKEN, 'dev@example.com');
    store.setToken('127.0.0.1:4567', 'simulator-token-1234', null);

    const again = openCredentialStore({env: temp.env});
    expect(again.getToken('api.heroku.com')).toEqual({token: TOKEN, email: 'dev@example.com'});
    expect(again.getToken('API.Heroku.com')).toEqual({token: TOKEN, email: 'dev@example.com'});
    expect(again.getToken('127.0.0.1:4567')).toEqual({token: 'simulator-token-1234', email: null});
    expect(again.getToken('127.0.0.1:9999')).toBeNull();
  });

  it('deletes only the token of one host and says whether there was one', () => {
    const store = openCredentialStore({env: temp.env});
    store.setToken('api.heroku.com', TOKEN, 'dev@example.com');
    store.setToken('127.0.0.1:4567', 'simulator-token-1234', null);
    store.setLastPipeline('api.heroku.com', 'pipeline-id-1');

    expect(store.deleteToken('api.heroku.com')).toBe(true);
    expect(store.deleteToken('api.heroku.com')).toBe(false);
    expect(store.getToken('api.heroku.com')).toBeNull();
    expect(store.getToken('127.0.0.1:4567')?.token).toBe('simulator-token-1234');
    // Logging out does not forget which pipeline was open last.
    expect(store.getLastPipeline('api.heroku.com')).toBe('pipeline-id-1');
    expect(readFileSync(configFile(), 'utf8')).not.toContain(TOKEN);
  });

  it('remembers the GitHub token and the last pipeline per host', () => {
    const store = openCredentialStore({env: temp.env});
    expect(store.getGitHubToken()).toBeNull();
    expect(store.getLastPipeline('api.heroku.com')).toBeNull();
    store.setGitHubToken('ghp_example0000000000');
    store.setLastPipeline('api.heroku.com', 'pipeline-id-1');
    store.setLastPipeline('127.0.0.1:4567', 'pipeline-id-2');

    const again = openCredentialStore({env: temp.env});
    expect(again.getGitHubToken()).toBe('ghp_example0000000000');
    expect(again.getLastPipeline('api.heroku.com')).toBe('pipeline-id-1');
    expect(again.getLastPipeline('127.0.0.1:4567')).toBe('pipeline-id-2');
  });

  it('gives the last pipeline by name only while that name is the one it was opened by', () => {
    const store = openCredentialStore({env: temp.env});
    store.setLastPipeline('api.heroku.com', 'pipeline-id-1', 'whitewave');
    const again = openCredentialStore({env: temp.env});
    expect(again.getLastPipelineNamed('api.heroku.com', 'whitewave')).toBe('pipeline-id-1');
    expect(again.getLastPipelineNamed('api.heroku.com', 'bluebird')).toBeNull();
    expect(again.getLastPipelineNamed('127.0.0.1:4567', 'whitewave')).toBeNull();
    // Opened without a name (an older version did so): no name is assumed.
    again.setLastPipeline('api.heroku.com', 'pipeline-id-2');
    expect(again.getLastPipelineNamed('api.heroku.com', 'whitewave')).toBeNull();
    expect(again.getLastPipeline('api.heroku.com')).toBe('pipeline-id-2');
  });

  it('tightens a settings file that others could read', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    writeFileSync(configFile(), JSON.stringify({hosts: {'api.heroku.com': {token: TOKEN}}}));
    chmodSync(configFile(), 0o644);

    const store = openCredentialStore({env: temp.env});
    expect(modeOf(configFile())).toBe(0o600);
    expect(store.getToken('api.heroku.com')?.token).toBe(TOKEN);
  });

  it('ignores entries of the wrong shape instead of failing', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    writeFileSync(
      configFile(),
      JSON.stringify({hosts: {'api.heroku.com': {token: 42, lastPipeline: ['x']}}, github: 'no'}),
    );
    const store = openCredentialStore({env: temp.env});
    expect(store.recoveredFrom).toBeNull();
    expect(store.getToken('api.heroku.com')).toBeNull();
    expect(store.getLastPipeline('api.heroku.com')).toBeNull();
    expect(store.getGitHubToken()).toBeNull();
    store.setToken('api.heroku.com', TOKEN, null);
    expect(store.getToken('api.heroku.com')?.token).toBe(TOKEN);
  });
});

describe('a corrupt or unreadable settings file', () => {
  it('is moved aside with one sentence, and a fresh store starts', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    const broken = `{"hosts": {"api.heroku.com": {"token": "${TOKEN}"`;
    writeFileSync(configFile(), broken, {mode: 0o644});

    const store = openCredentialStore({env: temp.env});
    expect(store.recoveredFrom).toMatch(/config\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    const movedTo = store.recoveredFrom!;
    expect(readFileSync(movedTo, 'utf8')).toBe(broken);
    expect(modeOf(movedTo)).toBe(0o600);
    expect(store.getToken('api.heroku.com')).toBeNull();

    const notice = recoveryNotice(store)!;
    expect(notice).toContain(configFile());
    expect(notice).toContain(movedTo);
    expect(notice).not.toContain(TOKEN);
    expect(notice.split('. ').length).toBe(1);

    store.setToken('api.heroku.com', TOKEN, null);
    expect(openCredentialStore({env: temp.env}).recoveredFrom).toBeNull();
  });

  it('treats JSON that is not an object as corrupt', () => {
    mkdirSync(temp.configDir, {recursive: true, mode: 0o700});
    writeFileSync(configFile(), '["not", "settings"]');
    const store = openCredentialStore({env: temp.env});
    expect(store.recoveredFrom).not.toBeNull();
    expect(store.getToken('api.heroku.com')).toBeNull();
  });

  it('moves aside a settings path that cannot be read as a file', () => {
    mkdirSync(configFile(), {recursive: true});
    const store = openCredentialStore({env: temp.env});
    expect(store.recoveredFrom).not.toBeNull();
    expect(statSync(store.recoveredFrom!).isDirectory()).toBe(true);
    store.setToken('api.heroku.com', TOKEN, null);
    expect(statSync(configFile()).isFile()).toBe(true);
  });

  it('has no recovery notice when nothing was wrong', () => {
    expect(recoveryNotice(openCredentialStore({env: temp.env}))).toBeNull();
  });

  it('damaged while running: reads find nothing, a save fails without quoting the file', () => {
    const store = openCredentialStore({env: temp.env});
    store.setToken('api.heroku.com', TOKEN, null);
    writeFileSync(configFile(), `{"token": "${TOKEN}`);

    expect(store.getToken('api.heroku.com')).toBeNull();
    let caught: unknown;
    try {
      store.setGitHubToken('ghp_example0000000000');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toContain(configFile());
    expect((caught as Error).message).not.toContain(TOKEN);
    expect(() => store.setLastPipeline('api.heroku.com', 'pipeline-id-1')).not.toThrow();
  });
});

describe('a settings folder that cannot be created', () => {
  it('reads nothing, refuses to save with a clear sentence, and never throws for the picker', () => {
    const blocker = path.join(temp.root, 'a-file');
    writeFileSync(blocker, '');
    const env = {...temp.env, PIPELINE_TUI_CONFIG_DIR: path.join(blocker, 'settings')};

    const store = openCredentialStore({env});
    expect(store.getToken('api.heroku.com')).toBeNull();
    expect(store.getGitHubToken()).toBeNull();
    expect(store.deleteToken('api.heroku.com')).toBe(false);
    expect(() => store.setLastPipeline('api.heroku.com', 'p')).not.toThrow();
    expect(() => store.setToken('api.heroku.com', TOKEN, null)).toThrow(ConfigError);
    expect(() => store.setToken('api.heroku.com', TOKEN, null)).toThrow(/PIPELINE_TUI_CONFIG_DIR/);
  });
});

describe('configDirectory', () => {
  it('uses PIPELINE_TUI_CONFIG_DIR, resolved to an absolute path', () => {
    expect(configDirectory({PIPELINE_TUI_CONFIG_DIR: '/tmp/x'}, 'linux')).toEqual({
      dir: '/tmp/x',
      chosen: true,
    });
    expect(configDirectory({PIPELINE_TUI_CONFIG_DIR: 'rel'}, 'linux').dir).toBe(
      path.resolve('rel'),
    );
  });

  it('follows the OS conventions otherwise', () => {
    expect(configDirectory({HOME: '/home/a'}, 'linux').dir).toBe('/home/a/.config/pipeline-tui');
    expect(configDirectory({HOME: '/home/a', XDG_CONFIG_HOME: '/xdg'}, 'linux').dir).toBe(
      '/xdg/pipeline-tui',
    );
    expect(configDirectory({HOME: '/home/a', XDG_CONFIG_HOME: 'relative'}, 'linux').dir).toBe(
      '/home/a/.config/pipeline-tui',
    );
    expect(configDirectory({HOME: '/Users/a'}, 'darwin').dir).toBe(
      '/Users/a/Library/Preferences/pipeline-tui',
    );
    expect(configDirectory({HOME: '/h', PIPELINE_TUI_CONFIG_DIR: '  '}, 'linux').chosen).toBe(
      false,
    );
  });

  it('creates the default folder 0700 and tightens it when it already exists', () => {
    const env = {HOME: temp.home};
    const dir = path.join(temp.home, '.config', 'pipeline-tui');
    openCredentialStore({env}).setToken('api.heroku.com', TOKEN, null);
    expect(modeOf(dir)).toBe(0o700);

    chmodSync(dir, 0o755);
    const store = openCredentialStore({env});
    expect(modeOf(dir)).toBe(0o700);
    expect(store.getToken('api.heroku.com')?.token).toBe(TOKEN);
    expect(existsSync(path.join(dir, 'config.json'))).toBe(true);
  });
});
