import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';

export type Rendered = ReturnType<typeof render>;

const mounted = new Set<Rendered>();

// Ink's testing stdout reports 100 columns and no rows; a real terminal has both. The
// size is set after the first frame and announced with 'resize', as a terminal would.
export function renderAt(tree: ReactElement, size: {columns: number; rows: number}): Rendered {
  const instance = render(tree);
  mounted.add(instance);
  resize(instance, size);
  return instance;
}

export function resize(instance: Rendered, {columns, rows}: {columns: number; rows: number}) {
  Object.defineProperty(instance.stdout, 'columns', {value: columns, configurable: true});
  Object.defineProperty(instance.stdout, 'rows', {value: rows, configurable: true});
  instance.stdout.emit('resize');
}

// Unmounts everything rendered with renderAt; call from afterEach.
export function unmountAll() {
  for (const instance of mounted) instance.unmount();
  mounted.clear();
}

export function plain(frame: string | undefined): string {
  return stripAnsi(frame ?? '');
}

// A rendered instance, or a function that returns its latest frame.
export type FrameSource = (() => string | undefined) | {lastFrame(): string | undefined};

// The latest frame, ANSI stripped.
export function frameOf(source: FrameSource): string {
  return plain(typeof source === 'function' ? source() : source.lastFrame());
}

// Polls until the latest frame (ANSI stripped) satisfies the predicate; frames change
// asynchronously after input, so tests wait for them rather than sleep.
export async function waitForFrame(
  source: FrameSource,
  predicate: (frame: string) => boolean,
  timeoutMs = 5000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = frameOf(source);
    if (predicate(frame)) return frame;
    if (Date.now() > deadline) {
      throw new Error(`No matching frame within ${timeoutMs} ms. Last frame:\n${frame}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// The name on the selected card: the one drawn with the bold border (┏ ┃).
export function selectedCardName(frame: string): string | null {
  const lines = frame.split('\n');
  const top = lines.findIndex((line) => line.includes('┏'));
  if (top < 0) return null;
  const column = lines[top]!.indexOf('┏');
  const nameLine = lines[top + 1]?.slice(column + 1) ?? '';
  const end = nameLine.indexOf('┃');
  return (end < 0 ? nameLine : nameLine.slice(0, end)).replace('⚠', '').trim();
}

export function frameHeight(frame: string): number {
  return frame.replace(/\n$/, '').split('\n').length;
}

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  backspace: '\u007F',
  ctrlC: '\u0003',
};

// Ink subscribes a component's input handler in an effect that runs just after its first
// frame, and drops keys that arrive before it. For the first key on a screen that has
// just appeared, send it again until the screen reacts (only for keys that are harmless
// to repeat once they took effect, such as the one that leaves the screen).
export async function pressUntil(
  instance: {stdin: {write(data: string): void}; lastFrame(): string | undefined},
  key: string,
  predicate: (frame: string) => boolean,
  timeoutMs = 5000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    instance.stdin.write(key);
    try {
      return await waitForFrame(instance.lastFrame, predicate, 250);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
