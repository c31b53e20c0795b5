import {selectedAppName} from '../test/e2e/screen.js';
import {nextFrame, type BenchSession} from './session.js';

// Keypress-to-frame latency: from writing a key to the pseudo-terminal until the end of the
// first frame that shows its effect (the selection moved) has arrived from the program.

// Keys come at a person's pace, not as a burst that Ink would merge into one frame.
const PACE_MS = 80;

// Into the review column (the long one), down and up it, and across the stages.
export function keyPlan(steps: number): string[] {
  const down = Array.from({length: steps}, () => 'j');
  const up = Array.from({length: steps}, () => 'k');
  return ['h', 'h', ...down, ...up, 'l', 'l', 'l', 'h', 'h', 'h'];
}

export async function keypressLatencies(session: BenchSession, keys: string[]): Promise<number[]> {
  const {tui} = session;
  const latencies: number[] = [];
  for (const key of keys) {
    const before = selectedAppName(tui.screen());
    const frame = nextFrame(
      tui,
      (lines) => {
        const now = selectedAppName(lines);
        return now !== null && now !== before;
      },
      5000,
      `the selection moved by "${key}"`,
    );
    const pressedAt = performance.now();
    tui.press(key);
    latencies.push((await frame) - pressedAt);
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  }
  return latencies;
}

// A key held down: the terminal repeats it every 33 ms whether or not the last frame is out.
export const AUTO_REPEAT_MS = 33;

// For each of `count` presses of `key` at auto-repeat pace, the time to the end of the first
// frame that arrived after it (Ink may draw two presses in one frame: both then count it).
export async function heldKeyLatencies(
  session: BenchSession,
  key: string,
  count: number,
): Promise<number[]> {
  const {tui} = session;
  const frames: number[] = [];
  const stop = tui.onFrame((arrivedAt) => frames.push(arrivedAt));
  const presses: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      presses.push(performance.now());
      tui.press(key);
      await new Promise((resolve) => setTimeout(resolve, AUTO_REPEAT_MS));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    stop();
  }
  return presses.flatMap((at) => {
    const next = frames.find((f) => f > at);
    return next === undefined ? [] : [next - at];
  });
}
