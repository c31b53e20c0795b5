import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {
  checkAndSaveToken,
  createLoginValidator,
  openCredentialStore,
  type CredentialStore,
} from '../../source/credentials/index.js';
import {UnauthorizedError} from '../../source/heroku/errors.js';
import {leaksOf} from './leaks.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

const TOKEN = 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a';

let temp: TempEnv;
let store: CredentialStore;
beforeEach(() => {
  temp = makeTempEnv();
  store = openCredentialStore({env: temp.env});
});
afterEach(() => {
  temp.cleanup();
});

const accepts = async (token: string) => {
  if (token !== TOKEN) throw new UnauthorizedError('Invalid credentials provided.', {status: 401});
  return {email: 'dev@example.com'};
};

describe('checkAndSaveToken', () => {
  it('saves the token with its email only once Heroku accepts it', async () => {
    const input = {apiHost: 'api.heroku.com', store, fetchAccount: accepts};
    expect(await checkAndSaveToken({...input, token: 'HRKU-wrong-0000'})).toEqual({
      ok: false,
      message: 'Heroku rejected that token: check that you copied all of it.',
      exitCode: 1,
    });
    expect(store.getToken('api.heroku.com')).toBeNull();
    expect(await checkAndSaveToken({...input, token: `  ${TOKEN}\n`})).toEqual({
      ok: true,
      email: 'dev@example.com',
      token: TOKEN,
    });
    expect(store.getToken('api.heroku.com')).toEqual({token: TOKEN, email: 'dev@example.com'});
  });

  it('sends nothing that cannot be a token', async () => {
    const fetchAccount = vi.fn(accepts);
    const input = {apiHost: 'api.heroku.com', store, fetchAccount};
    expect(await checkAndSaveToken({...input, token: ' '})).toMatchObject({ok: false, exitCode: 2});
    expect(await checkAndSaveToken({...input, token: 'a b'})).toMatchObject({
      ok: false,
      exitCode: 2,
    });
    expect(await checkAndSaveToken({...input, token: 'tok\u001B[2J'})).toMatchObject({ok: false});
    expect(fetchAccount).not.toHaveBeenCalled();
  });

  it('reports a settings file it cannot write, without the token', async () => {
    const broken: CredentialStore = {
      ...store,
      setToken: () => {
        throw new Error(`disk full while writing ${TOKEN}`);
      },
    };
    const outcome = await checkAndSaveToken({
      token: TOKEN,
      apiHost: 'api.heroku.com',
      store: broken,
      fetchAccount: accepts,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toContain('disk full');
    expect(leaksOf(JSON.stringify(outcome), TOKEN)).toEqual([]);
  });
});

describe('createLoginValidator', () => {
  it('gives the LoginScreen its validate', async () => {
    const validate = createLoginValidator({
      apiHost: 'api.heroku.com',
      store,
      fetchAccount: accepts,
    });
    expect(await validate('HRKU-wrong-0000')).toEqual({
      ok: false,
      message: 'Heroku rejected that token: check that you copied all of it.',
    });
    expect(await validate(TOKEN)).toEqual({ok: true, email: 'dev@example.com'});
    expect(store.getToken('api.heroku.com')?.email).toBe('dev@example.com');
  });
});
