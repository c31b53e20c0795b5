import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {CodePrompt} from '../../../source/ui/promote/CodePrompt.js';
import {ConfirmPrompt} from '../../../source/ui/promote/ConfirmPrompt.js';
import {frameOf, waitFor, waitForFrame} from '../helpers.js';
import {typedValue} from './keys.js';

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

async function ready(instance: Rendered) {
  mounted.push(instance);
  await waitFor(() => instance.stdin.listenerCount('readable') > 0, 3000, 'the key handler');
}

function confirmPrompt() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const instance = render(
    <ConfirmPrompt
      confirmation={{kind: 'type', text: 'whitewave-prod'}}
      action="promote"
      isActive
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return {instance, onConfirm, onCancel};
}

describe('ConfirmPrompt, typed name', () => {
  it('confirms once when the name arrives with its Enter, and again Enter does nothing', async () => {
    const {instance, onConfirm, onCancel} = confirmPrompt();
    await ready(instance);
    instance.stdin.write('whitewave-prod\r');
    instance.stdin.write('whitewave-prod\r');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
    for (const frame of instance.frames) expect(frame).not.toContain('\r');
  });

  it('refuses a wrong pasted name and says so', async () => {
    const {instance, onConfirm, onCancel} = confirmPrompt();
    await ready(instance);
    instance.stdin.write('whitewave-staging\r');
    await waitForFrame(
      instance,
      (f) => f.includes('That is not whitewave-prod') && (typedValue(f) ?? '') === '',
    );
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('starts afresh after a wrong name, also for keys that arrive before the next frame', async () => {
    const {instance, onConfirm} = confirmPrompt();
    await ready(instance);
    instance.stdin.write('whitewave-staging\r');
    instance.stdin.write('whitewave-pr');
    await waitForFrame(instance, (f) => typedValue(f) === 'whitewave-pr');
    expect(onConfirm).not.toHaveBeenCalled();
    instance.stdin.write('od\r');
    await waitFor(() => onConfirm.mock.calls.length === 1, 3000, 'the confirmation');
  });
});

describe('CodePrompt', () => {
  it('sends a pasted code, its spaces and controls removed, once', async () => {
    const onSubmit = vi.fn<(code: string) => void>();
    const instance = render(
      <CodePrompt message="" isActive onSubmit={onSubmit} onCancel={() => {}} />,
    );
    await ready(instance);
    instance.stdin.write('123 4\u000756\r\n');
    await waitFor(() => onSubmit.mock.calls.length > 0, 3000, 'the code');
    expect(onSubmit.mock.calls).toEqual([['123456']]);
    await waitForFrame(instance, (f) => typedValue(f) === '123456');
    expect(frameOf(instance)).not.toContain('\r');
  });
});
