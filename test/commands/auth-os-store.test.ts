import {Readable, Writable} from 'node:stream';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {runWhoami, type AuthDeps} from '../../source/commands/auth.js';
import {openCredentialStore, type CredentialStore} from '../../source/credentials/index.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {fakeTool, secretToolAnswering, type FakeTool} from '../credentials/fake-tool.js';
import {leaksOf} from '../credentials/leaks.js';
import {makeTempEnv, type TempEnv} from '../credentials/temp-env.js';

// `whoami` through the real command against the simulator, with a stand-in secret-tool on
// PATH playing the Linux Secret Service where Heroku CLI 11 keeps its login.

const SAVED_TOKEN = 'HRKU-s9s8s7s6-aaaa-bbbb-cccc-0d0e0f101112';

let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator({seed: 'empty'});
});
afterAll(async () => {
  await simulator.close();
});

let temp: TempEnv;
let store: CredentialStore;
let tools: FakeTool[];
let output: string;
beforeEach(() => {
  temp = makeTempEnv();
  store = openCredentialStore({env: temp.env});
  tools = [];
  output = '';
});
afterEach(() => {
  expect(leaksOf(output, simulator.token)).toEqual([]);
  expect(leaksOf(output, SAVED_TOKEN)).toEqual([]);
  for (const made of tools) made.cleanup();
  temp.cleanup();
});

function sink(): Writable & {text(): string} {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      output += chunk.toString();
      done();
    },
  });
  return Object.assign(stream, {text: () => text});
}

function whoami(env: NodeJS.ProcessEnv) {
  const stdout = sink();
  const stderr = sink();
  const deps: AuthDeps = {
    env,
    store,
    apiUrl: new URL(simulator.url),
    stdin: Readable.from(['']),
    stdout,
    stderr,
    fetchAccount: async (token) => ({
      email: (await new HerokuClient({apiUrl: simulator.url, token}).account()).email,
    }),
  };
  return {run: () => runWhoami(deps), stdout, stderr};
}

const apiHost = () => new URL(simulator.url).host;

describe('whoami with the Heroku CLI login in the OS credential store', () => {
  it('names the Secret Service entry when secret-tool answers for heroku-cli', async () => {
    const fake = secretToolAnswering(simulator.token);
    tools.push(fake);
    store.setToken(apiHost(), SAVED_TOKEN, null);
    const {run, stdout, stderr} = whoami({...temp.env, PATH: fake.dir});
    expect(await run()).toBe(0);
    expect(stderr.text()).toBe('');
    expect(stdout.text()).toBe(
      `avery.brooks@whitewave.io\nToken ••••••••${simulator.token.slice(-4)} from the Heroku CLI's login in the Secret Service (service heroku-cli), for ${apiHost()}.\n`,
    );
    expect(fake.calls()).toEqual(['lookup service heroku-cli']);
  });

  it('falls back to the saved token when secret-tool has no entry', async () => {
    const fake = fakeTool('secret-tool', 'exit 1');
    tools.push(fake);
    store.setToken(apiHost(), simulator.token, null);
    const {run, stdout} = whoami({...temp.env, PATH: fake.dir});
    expect(await run()).toBe(0);
    expect(stdout.text()).toContain(`from the saved credentials (${store.path})`);
  });

  it('a rejected OS store token says what to do in one sentence', async () => {
    const fake = secretToolAnswering(SAVED_TOKEN);
    tools.push(fake);
    const {run, stderr} = whoami({...temp.env, PATH: fake.dir});
    expect(await run()).toBe(1);
    expect(stderr.text()).toMatch(
      /^Heroku rejected the token from the Heroku CLI's login in the Secret Service \(service heroku-cli\)( \(Request-Id [^)]+\))?: run `heroku login` for a new one, or `heroku logout` to remove it\.\n$/,
    );
  });
});

describe('whoami with a netrc machine carrying the port', () => {
  it('finds `machine 127.0.0.1:PORT` as the Heroku CLI writes it, before the bare host', async () => {
    temp.writeNetrc(
      `machine 127.0.0.1 password ${SAVED_TOKEN}\nmachine ${apiHost()} login a@b.c password ${simulator.token}\n`,
    );
    const {run, stdout} = whoami({...temp.env});
    expect(await run()).toBe(0);
    expect(stdout.text()).toContain(`from ${temp.netrcPath}, for ${apiHost()}.`);
  });
});
