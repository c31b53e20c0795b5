import {KEY} from '../test/e2e/pty.js';
import {heldKeyLatencies} from './keys.js';
import {cpuMs, peakRssMiB, rssMiB} from './machine.js';
import {openSession, type BenchOptions} from './session.js';

// A person's session of a few minutes, for the memory it takes: one program with
// `--refresh 1` (auto-refreshes the whole time), and every few seconds keys held down and
// up the review column, across the stages, the help and the diff opened and closed.
// Peak resident memory (VmHWM) is read at the end, with the resident memory every 5 s.

export type LongSession = {
  seconds: number;
  peakRssMiB: number | null;
  // Resident memory (VmRSS) every 5 s, MiB.
  rssMiB: number[];
  keyPresses: number;
  cpuMs: number | null;
};

const HELD = 40;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function longSession(
  options: Omit<BenchOptions, 'refreshSeconds'>,
  seconds: number,
): Promise<LongSession> {
  const session = await openSession({...options, refreshSeconds: 1});
  const {tui} = session;
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const now = rssMiB(tui.pid);
    if (now !== null) rss.push(now);
  }, 5000);
  let presses = 0;
  const press = async (key: string, pauseMs = 80) => {
    tui.press(key);
    presses += 1;
    await sleep(pauseMs);
  };
  try {
    const end = Date.now() + seconds * 1000;
    for (let cycle = 0; Date.now() < end; cycle++) {
      await press('h');
      await press('h');
      // Held down the review column and back up it: every repeat is a press.
      await heldKeyLatencies(session, 'j', HELD);
      await heldKeyLatencies(session, 'k', HELD);
      presses += 2 * HELD;
      for (const key of ['l', 'l', 'l', 'h', 'h', 'h']) await press(key);
      if (cycle % 3 === 1) {
        await press('?', 600);
        await press(KEY.escape, 300);
      }
      if (cycle % 3 === 2) {
        await press('d', 1500);
        await press(KEY.escape, 300);
      }
      await sleep(2000);
    }
    return {
      seconds,
      peakRssMiB: peakRssMiB(tui.pid),
      rssMiB: rss,
      keyPresses: presses,
      cpuMs: cpuMs(tui.pid),
    };
  } finally {
    clearInterval(sampler);
    await session.close();
  }
}
