import type {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import type {Services} from '../../../source/ui/services.js';

export type Rendered = ReturnType<typeof render>;

export function frame(instance: Rendered): string {
  return stripAnsi(instance.lastFrame() ?? '');
}

// Frames change asynchronously after a key press: poll, never sleep a fixed time.
export async function waitForFrame(
  instance: Rendered,
  predicate: (text: string) => boolean,
  timeoutMs = 3000,
): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = frame(instance);
    if (predicate(text)) return text;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for the frame; last frame:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Services with only the members a test needs; any other member fails loudly when used.
export function servicesWith(members: Partial<Services>): Services {
  return new Proxy(members, {
    get(target, name) {
      if (name in target) return target[name as keyof Services];
      if (typeof name === 'symbol' || name === 'then') return undefined;
      return () => {
        throw new Error(`services.${name} is not part of this test.`);
      };
    },
  }) as Services;
}
