import {afterEach, describe, expect, it} from 'vitest';
import {openCredentialStore} from '../../source/credentials/store.js';
import {describeTokenSource, resolveToken} from '../../source/credentials/resolve.js';
import {findOnPath, readOsStoreToken} from '../../source/credentials/os-store.js';
import {fakeTool, secretToolAnswering, type FakeTool} from './fake-tool.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

const CLI_TOKEN = 'HRKU-c1c2c3c4-aaaa-bbbb-cccc-0d0e0f101112';
const SAVED_TOKEN = 'HRKU-s1s2s3s4-aaaa-bbbb-cccc-0d0e0f101112';
const NETRC_TOKEN = 'HRKU-n1n2n3n4-aaaa-bbbb-cccc-0d0e0f101112';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tool(made: FakeTool): FakeTool {
  cleanups.push(made.cleanup);
  return made;
}
function tempEnv(extra: NodeJS.ProcessEnv = {}): TempEnv {
  const temp = makeTempEnv(extra);
  cleanups.push(temp.cleanup);
  return temp;
}

describe('readOsStoreToken', () => {
  it('reads the Heroku CLI entry with secret-tool (service heroku-cli)', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    expect(readOsStoreToken({env: {PATH: fake.dir}, platform: 'linux'})).toEqual({
      token: CLI_TOKEN,
      kind: 'secret-service',
    });
    expect(fake.calls()).toEqual(['lookup service heroku-cli']);
  });

  it('asks for the account ~/.netrc names, as the CLI keys it by email', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    readOsStoreToken({env: {PATH: fake.dir}, platform: 'linux', account: 'a@example.com'});
    expect(fake.calls()).toEqual(['lookup service heroku-cli account a@example.com']);
  });

  it('spawns nothing when the tool is not on PATH, or PATH is relative or empty', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    const empty = tool(fakeTool('something-else', 'exit 0'));
    expect(readOsStoreToken({env: {PATH: empty.dir}, platform: 'linux'})).toBeNull();
    expect(readOsStoreToken({env: {}, platform: 'linux'})).toBeNull();
    expect(findOnPath('secret-tool', 'relative/bin:.')).toBeNull();
    expect(fake.calls()).toEqual([]);
  });

  it('gives up on a tool that hangs, within the time limit', () => {
    const slow = tool(fakeTool('secret-tool', 'PATH=/usr/bin:/bin; exec sleep 10'));
    const started = Date.now();
    expect(readOsStoreToken({env: {PATH: slow.dir}, platform: 'linux', timeoutMs: 300})).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('ignores a failing tool and output that is not one token', () => {
    const failing = tool(fakeTool('secret-tool', 'echo "No such secret" >&2; exit 1'));
    expect(readOsStoreToken({env: {PATH: failing.dir}, platform: 'linux'})).toBeNull();
    const chatty = tool(fakeTool('secret-tool', 'echo "two words"'));
    expect(readOsStoreToken({env: {PATH: chatty.dir}, platform: 'linux'})).toBeNull();
  });

  it('uses security on macOS with the same service', () => {
    const fake = tool(fakeTool('security', `printf '%s\\n' '${CLI_TOKEN}'`));
    expect(readOsStoreToken({env: {PATH: fake.dir}, platform: 'darwin', account: 'a@b.c'})).toEqual(
      {
        token: CLI_TOKEN,
        kind: 'keychain',
      },
    );
    expect(fake.calls()).toEqual(['find-generic-password -s heroku-cli -a a@b.c -w']);
  });

  it('does not read the Windows credential store', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    expect(readOsStoreToken({env: {PATH: fake.dir}, platform: 'win32'})).toBeNull();
  });
});

describe('resolveToken in the official CLI 11 order', () => {
  it('HEROKU_API_KEY first, without asking the OS store', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    const temp = tempEnv({PATH: fake.dir, HEROKU_API_KEY: 'HRKU-env-token-123456'});
    const store = openCredentialStore({env: temp.env});
    const resolved = resolveToken({
      env: temp.env,
      store,
      apiHost: 'api.heroku.com',
      platform: 'linux',
    });
    expect(resolved?.source).toBe('env');
    expect(fake.calls()).toEqual([]);
  });

  it('then the OS store entry, before the saved token and ~/.netrc', () => {
    const fake = tool(secretToolAnswering(CLI_TOKEN));
    const temp = tempEnv({PATH: fake.dir});
    const store = openCredentialStore({env: temp.env});
    store.setToken('api.heroku.com', SAVED_TOKEN, null);
    temp.writeNetrc(`machine api.heroku.com login me@example.com password ${NETRC_TOKEN}\n`);
    const resolved = resolveToken({
      env: temp.env,
      store,
      apiHost: 'api.heroku.com',
      platform: 'linux',
    });
    expect(resolved).toEqual({token: CLI_TOKEN, source: 'os-store', osStore: 'secret-service'});
    expect(fake.calls()).toEqual(['lookup service heroku-cli account me@example.com']);
    expect(
      describeTokenSource('os-store', {storePath: '', netrcPath: null, osStore: 'secret-service'}),
    ).toBe("the Heroku CLI's login in the Secret Service (service heroku-cli)");
  });

  it('then the saved token, then ~/.netrc, when the OS store has nothing', () => {
    const fake = tool(fakeTool('secret-tool', 'exit 1'));
    const temp = tempEnv({PATH: fake.dir});
    const store = openCredentialStore({env: temp.env});
    temp.writeNetrc(`machine api.heroku.com password ${NETRC_TOKEN}\n`);
    const resolve = () =>
      resolveToken({env: temp.env, store, apiHost: 'api.heroku.com', platform: 'linux'});
    expect(resolve()?.source).toBe('netrc');
    store.setToken('api.heroku.com', SAVED_TOKEN, null);
    expect(resolve()).toEqual({token: SAVED_TOKEN, source: 'saved'});
  });
});
