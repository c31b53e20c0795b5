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
