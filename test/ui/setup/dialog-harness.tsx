import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';
import {afterEach} from 'vitest';
import {waitFor, waitForFrame} from '../helpers.js';

export type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

export const KEYS = {up: '\u001B[A', down: '\u001B[B', enter: '\r', esc: '\u001B'};

// React attaches a new step's key handler in an effect after its frame: yield so it runs.
async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

export async function show(tree: ReactElement): Promise<Rendered> {
  const instance = render(tree);
  mounted.push(instance);
  await waitFor(() => instance.stdin.listenerCount('readable') > 0, 3000, 'the key handler');
  await settle();
  return instance;
}

// Sends keys once the frame shows what they answer, so none is dropped by a step that is
// still being drawn.
export async function when(instance: Rendered, text: string | RegExp, keys: string) {
  await waitForFrame(instance, (f) => (typeof text === 'string' ? f.includes(text) : text.test(f)));
  await settle();
  instance.stdin.write(keys);
}
