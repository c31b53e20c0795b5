import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  apiHostOf,
  maskToken,
  openCredentialStore,
  redactToken,
  resolveGitHubToken,
  resolveToken,
  type CredentialStore,
} from '../../source/credentials/index.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

const ENV_TOKEN = 'env-token-0000-1111-2222';
const SAVED_TOKEN = 'saved-token-3333-4444-5555';
const NETRC_TOKEN = 'netrc-token-6666-7777-8888';

let temp: TempEnv;
let store: CredentialStore;
beforeEach(() => {
  temp = makeTempEnv();
  store = openCredentialStore({env: temp.env});
});
afterEach(() => {
  temp.cleanup();
});

const resolve = (env: NodeJS.ProcessEnv, apiHost = 'api.heroku.com') =>
  resolveToken({env, store, apiHost});

describe('resolveToken', () => {
  it('prefers HEROKU_API_KEY, then the saved token, then ~/.netrc', () => {
    temp.writeNetrc(`machine api.heroku.com login n@example.com password ${NETRC_TOKEN}\n`);
    store.setToken('api.heroku.com', SAVED_TOKEN, 's@example.com');

    expect(resolve({...temp.env, HEROKU_API_KEY: ENV_TOKEN})).toEqual({
      token: ENV_TOKEN,
      source: 'env',
    });
    expect(resolve(temp.env)).toEqual({token: SAVED_TOKEN, source: 'saved'});
    store.deleteToken('api.heroku.com');
    expect(resolve(temp.env)).toEqual({token: NETRC_TOKEN, source: 'netrc'});
  });

  it('ignores an empty or blank HEROKU_API_KEY and trims a padded one', () => {
    store.setToken('api.heroku.com', SAVED_TOKEN, null);
    expect(resolve({...temp.env, HEROKU_API_KEY: ''})?.source).toBe('saved');
    expect(resolve({...temp.env, HEROKU_API_KEY: '  \n'})?.source).toBe('saved');
    expect(resolve({...temp.env, HEROKU_API_KEY: ` ${ENV_TOKEN}\n`})?.token).toBe(ENV_TOKEN);
  });

  it('uses only what belongs to the API host in use', () => {
    temp.writeNetrc(`machine api.heroku.com password ${NETRC_TOKEN}\n`);
    store.setToken('api.heroku.com', SAVED_TOKEN, null);
    expect(resolve(temp.env, '127.0.0.1:4567')).toBeNull();
    temp.writeNetrc(`machine 127.0.0.1 password ${NETRC_TOKEN}\n`);
    expect(resolve(temp.env, '127.0.0.1:4567')).toEqual({token: NETRC_TOKEN, source: 'netrc'});
  });

  it('reads the ~/.netrc of the HOME it is given, or an explicit path', () => {
    const elsewhere = path.join(temp.root, 'other-netrc');
    temp.writeNetrc(`machine api.heroku.com password ${NETRC_TOKEN}\n`);
    expect(resolve(temp.env)?.token).toBe(NETRC_TOKEN);
    expect(
      resolveToken({env: temp.env, store, apiHost: 'api.heroku.com', netrcPath: elsewhere}),
    ).toBeNull();
  });

  it('gives null when there is no token anywhere', () => {
    expect(resolve(temp.env)).toBeNull();
  });
});

describe('resolveGitHubToken', () => {
  it('prefers GITHUB_TOKEN over the saved one', () => {
    expect(resolveGitHubToken(temp.env, store)).toBeNull();
    store.setGitHubToken('ghp_saved000000000000');
    expect(resolveGitHubToken(temp.env, store)).toBe('ghp_saved000000000000');
    expect(resolveGitHubToken({...temp.env, GITHUB_TOKEN: 'ghp_env'}, store)).toBe('ghp_env');
    expect(resolveGitHubToken({...temp.env, GITHUB_TOKEN: ' '}, store)).toBe(
      'ghp_saved000000000000',
    );
  });
});

describe('maskToken', () => {
  it('shows at most the last four characters, never the length', () => {
    expect(maskToken('HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a')).toBe('••••••••3f9a');
    expect(maskToken('0123456789ab')).toBe('••••••••89ab');
    expect(maskToken('short-token')).toBe('••••••••');
    expect(maskToken('')).toBe('••••••••');
  });
});

describe('redactToken', () => {
  it('replaces every occurrence of the token by its mask', () => {
    const token = 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a';
    expect(redactToken(`bad ${token} and ${token}.`, token)).toBe(
      'bad ••••••••3f9a and ••••••••3f9a.',
    );
    expect(redactToken('nothing here', token)).toBe('nothing here');
  });
});

describe('apiHostOf', () => {
  it('keeps a port that is not the default one', () => {
    expect(apiHostOf(new URL('https://api.heroku.com'))).toBe('api.heroku.com');
    expect(apiHostOf(new URL('https://api.heroku.com:443/'))).toBe('api.heroku.com');
    expect(apiHostOf(new URL('http://127.0.0.1:4567'))).toBe('127.0.0.1:4567');
  });
});
