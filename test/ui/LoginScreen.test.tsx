import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {LoginResult} from '../../source/contract/login.js';
import {LoginScreen} from '../../source/ui/LoginScreen.js';
import {leaksOf} from '../credentials/leaks.js';
import {MASK_LENGTH} from '../../source/ui/LineInput.js';

const GOOD = 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a';
const WRONG = 'HRKU-00000000-9f8e-7d6c-5b4a-392817060504';

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

function show(props: Partial<Parameters<typeof LoginScreen>[0]> = {}) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const validate = vi.fn(async (token: string): Promise<LoginResult> =>
    token === GOOD
      ? {ok: true, email: 'dev@example.com'}
      : {ok: false, message: 'Heroku rejected that token: check that you copied all of it.'},
  );
  const instance = render(
    <LoginScreen
      apiHost="api.heroku.com"
      validate={validate}
      onDone={onDone}
      onCancel={onCancel}
      {...props}
    />,
  );
  mounted.push(instance);
  return {instance, validate, onDone, onCancel};
}

const screen = (instance: Rendered) => stripAnsi(instance.lastFrame() ?? '');

async function waitFor(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// A frame is drawn at commit; the input handlers of that render subscribe in effects React
// runs from a setImmediate queued at that commit, so one queued now runs after them.
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function waitForText(instance: Rendered, text: string) {
  await waitFor(() => screen(instance).includes(text), `"${text}" in:\n${screen(instance)}`);
  await settle();
}

// Ink subscribes to input in an effect after the first frame.
async function ready(instance: Rendered) {
  await waitForText(instance, 'Paste the token');
  await waitFor(() => instance.stdin.listenerCount('readable') > 0, 'stdin listener');
}

function bullets(line: string): number {
  return [...line].filter((char) => char === '•').length;
}

function tokenLine(instance: Rendered): string {
  return screen(instance)
    .split('\n')
    .find((row) => row.includes('Token:'))!;
}

describe('LoginScreen', () => {
  it('explains where a token comes from, for which host', async () => {
    const {instance} = show({apiHost: '127.0.0.1:4567'});
    await ready(instance);
    const text = screen(instance);
    expect(text).toContain('Log in to Heroku (127.0.0.1:4567)');
    expect(text).toContain('heroku auth:token');
    expect(text).toContain('dashboard.heroku.com/account → API Key → Reveal');
    expect(text).toContain('only you can read');
  });

  it('shows why it came back mid-session', async () => {
    const {instance} = show({reason: 'Heroku rejected the saved token: log in again to continue.'});
    await ready(instance);
    expect(screen(instance)).toContain(
      'Heroku rejected the saved token: log in again to continue.',
    );
  });

  it('masks the token, says a wrong one is wrong, clears it, and takes a retry', async () => {
    const {instance, validate, onDone} = show({doneDelayMs: 60_000});
    await ready(instance);

    instance.stdin.write(WRONG);
    await waitFor(() => tokenLine(instance).includes('•'.repeat(MASK_LENGTH)), 'the mask');
    expect(bullets(tokenLine(instance))).toBe(MASK_LENGTH);
    instance.stdin.write('\r');
    await waitForText(instance, 'Heroku rejected that token');
    expect(validate).toHaveBeenCalledWith(WRONG);
    expect(tokenLine(instance)).not.toContain('•');

    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'.repeat(MASK_LENGTH)), 'the mask again');
    // A token of another length draws the same mask: the length is not given away.
    expect(bullets(tokenLine(instance))).toBe(MASK_LENGTH);
    instance.stdin.write('\r');
    await waitForText(instance, '✓ Logged in as dev@example.com');
    expect(screen(instance)).not.toContain('rejected');
    expect(onDone).not.toHaveBeenCalled();

    instance.stdin.write('\r');
    await waitFor(() => onDone.mock.calls.length === 1, 'onDone');
    expect(onDone).toHaveBeenCalledWith('dev@example.com');
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('shows a spinner while checking, and checks once however often Enter is pressed', async () => {
    let answer: (result: LoginResult) => void = () => undefined;
    const validate = vi.fn(
      () =>
        new Promise<LoginResult>((resolve) => {
          answer = resolve;
        }),
    );
    const {instance, onDone} = show({validate, doneDelayMs: 20});
    await ready(instance);
    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    instance.stdin.write('\r');
    await waitForText(instance, 'Checking the token with Heroku');
    instance.stdin.write('\r');
    expect(validate).toHaveBeenCalledTimes(1);

    answer({ok: true, email: 'dev@example.com'});
    await waitFor(() => onDone.mock.calls.length === 1, 'onDone after the short pause');
    expect(onDone).toHaveBeenCalledWith('dev@example.com');
  });

  it('checks a token pasted with its trailing Enter, and never draws it', async () => {
    const {instance, validate} = show({doneDelayMs: 60_000});
    await ready(instance);
    instance.stdin.write(`${GOOD}\r\n`);
    await waitForText(instance, '✓ Logged in as dev@example.com');
    expect(validate.mock.calls).toEqual([[GOOD]]);
    for (const frame of instance.frames) {
      expect(frame).not.toContain('\r');
      expect(leaksOf(frame, GOOD)).toEqual([]);
    }
  });

  it('asks for a token when Enter is pressed on an empty field', async () => {
    const {instance, validate} = show();
    await ready(instance);
    instance.stdin.write('\r');
    await waitForText(instance, 'Paste a token first.');
    expect(validate).not.toHaveBeenCalled();
  });

  it('calls onCancel on Esc, also while checking, and ignores a late answer', async () => {
    let answer: (result: LoginResult) => void = () => undefined;
    const validate = vi.fn(
      () =>
        new Promise<LoginResult>((resolve) => {
          answer = resolve;
        }),
    );
    const {instance, onCancel, onDone} = show({validate, doneDelayMs: 0});
    await ready(instance);
    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    await waitForText(instance, 'Checking');
    instance.stdin.write('\u001B');
    await waitFor(() => onCancel.mock.calls.length === 1, 'onCancel');

    answer({ok: true, email: 'dev@example.com'});
    await waitFor(() => validate.mock.results.length === 1, 'the answer to settle');
    expect(screen(instance)).not.toContain('Logged in');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('turns a failing validate into a message, and scrubs outside text', async () => {
    const validate = vi
      .fn<(token: string) => Promise<LoginResult>>()
      .mockRejectedValueOnce(new Error('socket hang up'))
      .mockResolvedValueOnce({ok: true, email: 'dev\u001B]0;owned\u0007@example.com'});
    const {instance} = show({validate, doneDelayMs: 60_000});
    await ready(instance);
    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    await waitForText(instance, 'The token could not be checked.');
    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    await waitForText(instance, 'Logged in as dev@example.com');
    expect(instance.lastFrame()).not.toContain('owned');
  });

  it('never draws the token: every frame is checked', async () => {
    const {instance} = show({doneDelayMs: 60_000});
    await ready(instance);
    instance.stdin.write(WRONG);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    await waitForText(instance, 'rejected');
    instance.stdin.write(GOOD);
    await waitFor(() => tokenLine(instance).includes('•'), 'the mask');
    instance.stdin.write('\r');
    await waitForText(instance, 'Logged in as');
    expect(instance.frames.length).toBeGreaterThan(3);
    expect(instance.frames.some((frame) => frame.includes('•'.repeat(MASK_LENGTH)))).toBe(true);
    for (const frame of instance.frames) {
      expect(leaksOf(frame, WRONG)).toEqual([]);
      expect(leaksOf(frame, GOOD)).toEqual([]);
    }
  });
});
