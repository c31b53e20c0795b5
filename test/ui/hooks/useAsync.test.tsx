import {useEffect} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {useAsync, type Async} from '../../../source/ui/hooks/useAsync.js';
import {waitFor, waitForFrame} from '../helpers.js';

type Pending = {
  key: string;
  signal: AbortSignal;
  resolve: (v: string) => void;
  reject: (e: Error) => void;
};

// Loads are answered by hand, in whatever order a test needs.
function loader() {
  const pending: Pending[] = [];
  const load = (key: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => pending.push({key, signal, resolve, reject}));
  return {pending, load};
}

function describeState(state: Async<string>): string {
  switch (state.status) {
    case 'idle':
      return 'idle';
    case 'loading':
      return 'loading';
    case 'done':
      return `done:${state.value}${state.reloading ? ' (reloading)' : ''}`;
    case 'failed':
      return `failed:${(state.error as Error).message}${state.reloading ? ' (reloading)' : ''}`;
  }
}

const mounted: Array<{unmount(): void}> = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount();
});

function mount(
  key: string | null,
  load: (key: string) => (signal: AbortSignal) => Promise<string>,
  keep = false,
) {
  const seen: {reload: () => void} = {reload: () => {}};
  function Probe({probeKey}: {probeKey: string | null}) {
    const state = useAsync(probeKey, load(probeKey ?? ''), {keep});
    useEffect(() => {
      seen.reload = state.reload;
    });
    return <Text>{describeState(state)}</Text>;
  }
  const instance = render(<Probe probeKey={key} />);
  mounted.push(instance);
  return {
    instance,
    seen,
    rerender: (next: string | null) => instance.rerender(<Probe probeKey={next} />),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('useAsync', () => {
  it('loads what the key names and shows the answer', async () => {
    const {pending, load} = loader();
    const {instance} = mount('a', load);
    await waitForFrame(instance.lastFrame, (f) => f === 'loading');
    await waitFor(() => pending.length === 1);
    pending[0]!.resolve('A');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:A');
  });

  it('loads nothing and stays idle without a key', async () => {
    const {pending, load} = loader();
    const {instance} = mount(null, load);
    await settle();
    expect(instance.lastFrame()).toBe('idle');
    expect(pending).toHaveLength(0);
  });

  it("never lets a late answer for an old key land, and aborts the old key's load", async () => {
    const {pending, load} = loader();
    const {instance, rerender} = mount('a', load);
    await waitFor(() => pending.length === 1);
    rerender('b');
    await waitFor(() => pending.length === 2);
    expect(pending[0]!.signal.aborted).toBe(true);
    await waitForFrame(instance.lastFrame, (f) => f === 'loading');
    pending[1]!.resolve('B');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:B');
    pending[0]!.resolve('A, too late');
    await settle();
    expect(instance.lastFrame()).toBe('done:B');
  });

  it('shows loading, not the previous answer, once the key changes', async () => {
    const {pending, load} = loader();
    const {instance, rerender} = mount('a', load);
    await waitFor(() => pending.length === 1);
    pending[0]!.resolve('A');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:A');
    rerender('b');
    await waitForFrame(instance.lastFrame, (f) => f === 'loading');
  });

  it('reloads the same key, keeping the last answer on screen meanwhile', async () => {
    const {pending, load} = loader();
    const {instance, seen} = mount('a', load);
    await waitFor(() => pending.length === 1);
    pending[0]!.resolve('first');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:first');
    seen.reload();
    await waitFor(() => pending.length === 2);
    await waitForFrame(instance.lastFrame, (f) => f === 'done:first (reloading)');
    pending[1]!.resolve('second');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:second');
  });

  it('drops the answer a reload overtook', async () => {
    const {pending, load} = loader();
    const {instance, seen} = mount('a', load);
    await waitFor(() => pending.length === 1);
    seen.reload();
    await waitFor(() => pending.length === 2);
    expect(pending[0]!.signal.aborted).toBe(true);
    pending[1]!.resolve('new');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:new');
    pending[0]!.resolve('old');
    await settle();
    expect(instance.lastFrame()).toBe('done:new');
  });

  it('reports a failure, and a reload after it can succeed', async () => {
    const {pending, load} = loader();
    const {instance, seen} = mount('a', load);
    await waitFor(() => pending.length === 1);
    pending[0]!.reject(new Error('no answer'));
    await waitForFrame(instance.lastFrame, (f) => f === 'failed:no answer');
    seen.reload();
    await waitForFrame(instance.lastFrame, (f) => f === 'failed:no answer (reloading)');
    await waitFor(() => pending.length === 2);
    pending[1]!.resolve('back');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:back');
  });

  it('with keep, shows an earlier key again at once without asking', async () => {
    const {pending, load} = loader();
    const {instance, rerender} = mount('a', load, true);
    await waitFor(() => pending.length === 1);
    pending[0]!.resolve('A');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:A');
    rerender('b');
    await waitFor(() => pending.length === 2);
    pending[1]!.resolve('B');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:B');
    const before = instance.frames.length;
    rerender('a');
    await waitForFrame(instance.lastFrame, (f) => f === 'done:A');
    await settle();
    expect(instance.frames.slice(before)).not.toContain('loading');
    expect(pending).toHaveLength(2);
  });

  it('aborts the load in flight on unmount', async () => {
    const {pending, load} = loader();
    const {instance} = mount('a', load);
    await waitFor(() => pending.length === 1);
    instance.unmount();
    expect(pending[0]!.signal.aborted).toBe(true);
  });
});
