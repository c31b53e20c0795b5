import {afterEach, describe, expect, it} from 'vitest';
import {MASK_LENGTH} from '../../source/ui/LineInput.js';
import {Session, type SessionProps} from '../../source/ui/Session.js';
import type {Services} from '../../source/contract/services.js';
import {fakeServices} from './fake-services.js';
import {KEYS, pressUntil, renderAt, unmountAll, waitForFrame} from './helpers.js';

const SIZE = {columns: 120, rows: 40};

function harness(overrides: Partial<SessionProps> = {}) {
  const listeners = new Set<() => void>();
  const tokens: string[] = [];
  const fresh = fakeServices({account: async () => ({email: 'fresh@example.com'})});
  const props: SessionProps = {
    apiHost: 'api.heroku.com',
    initialServices: fakeServices(),
    tokenFromEnv: false,
    subscribeUnauthorized: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    login: async (token) => {
      tokens.push(token);
      return token === 'good-token'
        ? {ok: true, email: 'fresh@example.com', services: fresh as Services}
        : {ok: false, message: 'Heroku rejected that token: check that you copied all of it.'};
    },
    board: {pipeline: 'whitewave', refreshSeconds: 0},
    ...overrides,
  };
  const reject = () => {
    for (const listener of listeners) listener();
  };
  return {props, reject, tokens, fresh};
}

// One chunk, as a paste arrives; sent again only if the input was not listening yet.
async function typeToken(instance: Parameters<typeof pressUntil>[0]) {
  await pressUntil(instance, 'good-token', (f) => f.includes(`Token: ${'•'.repeat(MASK_LENGTH)}`));
}

const onBoard = (frame: string) => frame.includes('PRODUCTION');

describe('Session', () => {
  afterEach(unmountAll);

  it('starts at the login screen without a token, then opens the board', async () => {
    const {props, tokens} = harness({initialServices: null});
    const instance = renderAt(<Session {...props} />, SIZE);
    await waitForFrame(instance.lastFrame, (f) => f.includes('heroku auth:token'));
    await typeToken(instance);
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, onBoard, 8000);
    expect(tokens).toEqual(['good-token']);
  });

  it('returns to the login screen when a saved token is rejected, and resumes the board', async () => {
    const {props, reject, fresh} = harness();
    const instance = renderAt(<Session {...props} />, SIZE);
    await waitForFrame(instance.lastFrame, onBoard);
    reject();
    const login = await waitForFrame(instance.lastFrame, (f) =>
      f.includes('rejected the saved token'),
    );
    expect(login).not.toContain('PRODUCTION');
    await typeToken(instance);
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, onBoard, 8000);
    // The board resumed on the new token's services.
    await waitForFrame(instance.lastFrame, (f) => f.includes('fresh@example.com'));
    expect((fresh as unknown as {calls: {loads: string[]}}).calls.loads.length).toBeGreaterThan(0);
  });

  it('ends with one sentence when the token in HEROKU_API_KEY is rejected', async () => {
    const {props, reject} = harness({tokenFromEnv: true});
    const instance = renderAt(<Session {...props} />, SIZE);
    await waitForFrame(instance.lastFrame, onBoard);
    reject();
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('HEROKU_API_KEY'));
    expect(frame).toContain('Heroku rejected the token in HEROKU_API_KEY');
    expect(frame).not.toContain('heroku auth:token');
  });
});
