import {readFileSync} from 'node:fs';
import {Readable, Writable} from 'node:stream';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {runLogin, runLogout, runWhoami, type AuthDeps} from '../../source/commands/auth.js';
import {openCredentialStore, type CredentialStore} from '../../source/credentials/index.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {HostRefusedError, NetworkError, UnauthorizedError} from '../../source/heroku/errors.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {makeTempEnv, type TempEnv} from '../credentials/temp-env.js';
import {leaksOf} from '../credentials/leaks.js';

const ENV_TOKEN = 'HRKU-e1e2e3e4-aaaa-bbbb-cccc-0d0e0f101112';
const NETRC_TOKEN = 'HRKU-n1n2n3n4-dddd-eeee-ffff-131415161718';
const WRONG_TOKEN = 'HRKU-w9w8w7w6-0000-1111-2222-192021222324';

let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator({seed: 'empty'});
});
afterAll(async () => {
  await simulator.close();
});

let temp: TempEnv;
let store: CredentialStore;
let output: string[];
beforeEach(() => {
  temp = makeTempEnv();
  store = openCredentialStore({env: temp.env});
  output = [];
});
afterEach(() => {
  temp.cleanup();
});

const apiHost = () => new URL(simulator.url).host;

// Every byte of every flow in this file lands in `output`, checked for tokens at the end
// of each test.
function sink(name: string): Writable & {text(): string} {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      output.push(`${name}:${chunk.toString()}`);
      done();
    },
  });
  return Object.assign(stream, {text: () => text});
}

function piped(text: string): NodeJS.ReadableStream & {isTTY?: boolean} {
  return Readable.from([text]);
}

function deps(overrides: Partial<AuthDeps> = {}) {
  const stdout = sink('stdout');
  const stderr = sink('stderr');
  const all: AuthDeps = {
    env: temp.env,
    store,
    apiUrl: new URL(simulator.url),
    stdin: piped(''),
    stdout,
    stderr,
    fetchAccount: async (token) => {
      const account = await new HerokuClient({apiUrl: simulator.url, token}).account();
      return {email: account.email};
    },
    ...overrides,
  };
  return {deps: all, stdout, stderr};
}

afterEach(() => {
  const everything = output.join('');
  for (const token of [simulator.token, ENV_TOKEN, NETRC_TOKEN, WRONG_TOKEN]) {
    expect(leaksOf(everything, token)).toEqual([]);
  }
});

describe('runLogin without a TTY', () => {
  it('reads the token from stdin, checks it with Heroku, saves it and says who is logged in', async () => {
    const {deps: d, stdout, stderr} = deps({stdin: piped(`\n  ${simulator.token}  \n`)});
    expect(await runLogin(d)).toBe(0);
    expect(stdout.text()).toBe('Logged in as avery.brooks@whitewave.io.\n');
    expect(stderr.text()).toBe('');
    expect(store.getToken(apiHost())).toEqual({
      token: simulator.token,
      email: 'avery.brooks@whitewave.io',
    });
    expect(readFileSync(store.path, 'utf8')).toContain(simulator.token);
  });

  it('refuses a token Heroku rejects, saves nothing, exit 1', async () => {
    const {deps: d, stdout, stderr} = deps({stdin: piped(`${WRONG_TOKEN}\n`)});
    expect(await runLogin(d)).toBe(1);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe('Heroku rejected that token: check that you copied all of it.\n');
    expect(store.getToken(apiHost())).toBeNull();
  });

  it('says what to do when stdin is empty, exit 2', async () => {
    const {deps: d, stderr} = deps({stdin: piped(' \n\n')});
    expect(await runLogin(d)).toBe(2);
    expect(stderr.text()).toContain('heroku auth:token | pipeline-tui login');
  });

  it('refuses something that cannot be a token without sending it', async () => {
    const fetchAccount = vi.fn(async () => ({email: 'x@example.com'}));
    const {deps: d, stderr} = deps({stdin: piped('two words\n'), fetchAccount});
    expect(await runLogin(d)).toBe(2);
    expect(stderr.text()).toContain('does not look like a Heroku API token');
    expect(fetchAccount).not.toHaveBeenCalled();
  });

  it('stops reading an endless stdin', async () => {
    const endless = new Readable({
      read() {
        this.push('x'.repeat(16 * 1024));
      },
    });
    const fetchAccount = vi.fn(async () => ({email: 'x@example.com'}));
    const {deps: d, stderr} = deps({stdin: endless, fetchAccount});
    expect(await runLogin(d)).toBe(2);
    expect(stderr.text()).toBe('Standard input is too long to be a token.\n');
    expect(fetchAccount).not.toHaveBeenCalled();
  });

  it('notes that HEROKU_API_KEY still wins over the token just saved', async () => {
    const {deps: d, stderr} = deps({
      stdin: piped(simulator.token),
      env: {...temp.env, HEROKU_API_KEY: ENV_TOKEN},
    });
    expect(await runLogin(d)).toBe(0);
    expect(stderr.text()).toContain('HEROKU_API_KEY is set');
  });

  it('keeps the token out of an error that quotes it', async () => {
    const fetchAccount = async (token: string) => {
      throw new NetworkError(`connect ECONNREFUSED with \u001B[31m${token}\u001B[0m`);
    };
    const {deps: d, stderr} = deps({stdin: piped(ENV_TOKEN), fetchAccount});
    expect(await runLogin(d)).toBe(1);
    expect(stderr.text()).toContain('connect ECONNREFUSED with ••••••••1112');
    expect(stderr.text()).not.toContain('\u001B');
  });

  it('gives exit 2 for a configuration error such as a refused host', async () => {
    const fetchAccount = async () => {
      throw new HostRefusedError('HEROKU_HOST points to evil.example, which is not a Heroku host.');
    };
    const {deps: d, stderr} = deps({stdin: piped(ENV_TOKEN), fetchAccount});
    expect(await runLogin(d)).toBe(2);
    expect(stderr.text()).toContain('not a Heroku host');
  });
});

describe('runLogin with a TTY', () => {
  it('hands over to the interactive login screen', async () => {
    const stdin = Object.assign(piped(''), {isTTY: true});
    const renderLogin = vi.fn(async () => 0);
    const {deps: d} = deps({stdin, renderLogin});
    expect(await runLogin(d)).toBe(0);
    expect(renderLogin).toHaveBeenCalledOnce();
  });

  it('explains the pipe when no login screen is available', async () => {
    const stdin = Object.assign(piped(''), {isTTY: true});
    const {deps: d, stderr} = deps({stdin});
    expect(await runLogin(d)).toBe(2);
    expect(stderr.text()).toContain('heroku auth:token | pipeline-tui login');
  });
});

describe('runLogout', () => {
  it('removes the saved token of this host only', async () => {
    store.setToken(apiHost(), simulator.token, 'avery.brooks@whitewave.io');
    store.setToken('api.heroku.com', ENV_TOKEN, null);
    const {deps: d, stdout} = deps();
    expect(await runLogout(d)).toBe(0);
    expect(stdout.text()).toBe(`Logged out of ${apiHost()}: the saved token was removed.\n`);
    expect(store.getToken(apiHost())).toBeNull();
    expect(store.getToken('api.heroku.com')?.token).toBe(ENV_TOKEN);
  });

  it('says when nothing was saved', async () => {
    const {deps: d, stdout} = deps();
    expect(await runLogout(d)).toBe(0);
    expect(stdout.text()).toBe(`No token was saved for ${apiHost()}.\n`);
  });

  it('says that HEROKU_API_KEY and ~/.netrc are left untouched', async () => {
    store.setToken(apiHost(), simulator.token, null);
    const netrc = `machine 127.0.0.1\n  login a@example.com\n  password ${NETRC_TOKEN}\n`;
    temp.writeNetrc(netrc);
    const {deps: d, stdout} = deps({env: {...temp.env, HEROKU_API_KEY: ENV_TOKEN}});
    expect(await runLogout(d)).toBe(0);
    const lines = stdout.text().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('HEROKU_API_KEY is still set');
    expect(lines[2]).toContain(`${temp.netrcPath} still holds a token for 127.0.0.1`);
    expect(readFileSync(temp.netrcPath, 'utf8')).toBe(netrc);
  });
});

describe('runWhoami', () => {
  it('shows the email and that the token is the saved one', async () => {
    store.setToken(apiHost(), simulator.token, null);
    const {deps: d, stdout} = deps();
    expect(await runWhoami(d)).toBe(0);
    const [email, source] = stdout.text().trim().split('\n');
    expect(email).toBe('avery.brooks@whitewave.io');
    expect(source).toBe(
      `Token ••••••••${simulator.token.slice(-4)} from the saved credentials (${store.path}), for ${apiHost()}.`,
    );
  });

  it('names HEROKU_API_KEY when the token comes from it', async () => {
    store.setToken(apiHost(), WRONG_TOKEN, null);
    const fetchAccount = vi.fn(async () => ({email: 'ci@example.com'}));
    const {deps: d, stdout} = deps({env: {...temp.env, HEROKU_API_KEY: ENV_TOKEN}, fetchAccount});
    expect(await runWhoami(d)).toBe(0);
    expect(fetchAccount).toHaveBeenCalledWith(ENV_TOKEN);
    expect(stdout.text()).toContain('ci@example.com\nToken ••••••••1112 from HEROKU_API_KEY');
  });

  it('names ~/.netrc when the token comes from it', async () => {
    temp.writeNetrc(`machine 127.0.0.1 login a@example.com password ${simulator.token}\n`);
    const {deps: d, stdout} = deps();
    expect(await runWhoami(d)).toBe(0);
    expect(stdout.text()).toContain(`from ${temp.netrcPath}, for ${apiHost()}.`);
  });

  it('says how to log in when there is no token, exit 2', async () => {
    const {deps: d, stdout, stderr} = deps();
    expect(await runWhoami(d)).toBe(2);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe(
      `Not logged in to ${apiHost()}: run \`pipeline-tui login\`, or set HEROKU_API_KEY.\n`,
    );
  });

  it('says a rejected token was rejected, and what to do for its source, exit 1', async () => {
    store.setToken(apiHost(), WRONG_TOKEN, null);
    const saved = deps();
    expect(await runWhoami(saved.deps)).toBe(1);
    expect(saved.stderr.text()).toMatch(
      /^Heroku rejected the token from the saved credentials \(.*\) \(Request-Id [^)]+\): run `pipeline-tui login` to replace it\.\n$/,
    );

    const fromEnv = deps({env: {...temp.env, HEROKU_API_KEY: WRONG_TOKEN}});
    expect(await runWhoami(fromEnv.deps)).toBe(1);
    expect(fromEnv.stderr.text()).toContain('set a valid token in HEROKU_API_KEY, or unset it.');
  });

  it('reports a token revoked while saved', async () => {
    const own = await startSimulator({seed: 'empty'});
    try {
      const host = new URL(own.url).host;
      store.setToken(host, own.token, null);
      own.revokeToken();
      const fetchAccount = async (token: string) =>
        new HerokuClient({apiUrl: own.url, token}).account();
      const {deps: d, stderr} = deps({apiUrl: new URL(own.url), fetchAccount});
      expect(await runWhoami(d)).toBe(1);
      expect(stderr.text()).toContain('Heroku rejected the token');
      expect(leaksOf(stderr.text(), own.token)).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('passes on other failures as one sentence, exit 1', async () => {
    store.setToken(apiHost(), ENV_TOKEN, null);
    const fetchAccount = async () => {
      throw new NetworkError('Could not reach Heroku (connection refused).', {requestId: 'r-1'});
    };
    const {deps: d, stderr} = deps({fetchAccount});
    expect(await runWhoami(d)).toBe(1);
    expect(stderr.text()).toBe('Could not reach Heroku (connection refused). (Request-Id r-1)\n');
  });

  it('treats an UnauthorizedError from any client the same way', async () => {
    store.setToken(apiHost(), ENV_TOKEN, null);
    const fetchAccount = async () => {
      throw new UnauthorizedError(`Invalid credentials provided: ${ENV_TOKEN}`, {status: 401});
    };
    const {deps: d, stderr} = deps({fetchAccount});
    expect(await runWhoami(d)).toBe(1);
    expect(stderr.text()).toContain('Heroku rejected the token from the saved credentials');
  });
});
