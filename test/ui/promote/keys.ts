import {plain, waitFor, waitForFrame} from '../helpers.js';

type Instance = {stdin: {write(data: string): void}; lastFrame(): string | undefined};

// What the text field after "> " holds in the latest frame.
export function typedValue(frame: string): string | null {
  const match = /^\s*[│|]?\s*> (.*?)\s*[│|]?\s*$/m.exec(frame);
  return match ? match[1]!.trim() : null;
}

// The text field re-subscribes its key handler in an effect after each frame; a key sent
// before that effect ran reaches the previous handler, which holds the previous value.
// React schedules those effects with setImmediate in Node: yielding twice lets them run.
async function settle() {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
}

// Types into a text field that may have just appeared (Ink drops keys sent before its
// input handler is attached): each step looks at what the field holds and corrects it.
export async function typeText(instance: Instance, text: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  await settle();
  for (;;) {
    const value = typedValue(plain(instance.lastFrame())) ?? '';
    if (value === text) return;
    if (Date.now() > deadline) throw new Error(`The field holds "${value}", not "${text}".`);
    const key = text.startsWith(value) ? text[value.length]! : '\u007F';
    instance.stdin.write(key);
    try {
      await waitForFrame(instance.lastFrame, (frame) => (typedValue(frame) ?? '') !== value, 300);
      await settle();
    } catch {
      // Not taken yet: the next round sends it again.
    }
  }
}

// Sends a key until a callback shows it was handled; for keys whose effect happens once
// (a guarded cancel or confirm), so a repeat is harmless.
export async function pressUntilCalled(
  instance: Instance,
  key: string,
  called: () => boolean,
  timeoutMs = 5000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    instance.stdin.write(key);
    try {
      await waitFor(called, 300, 'the key to be handled');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
