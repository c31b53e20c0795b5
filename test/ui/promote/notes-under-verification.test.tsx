import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import type {FakeServices} from '../fake-services.js';
import {KEYS, pressUntil, unmountAll, waitForFrame} from '../helpers.js';
import {typeText} from './keys.js';
import {loaded, renderBoard} from '../render-board.js';
import {servicesFor} from '../../services/promotion-harness.js';

let sim: Simulator | null = null;
afterEach(async () => {
  unmountAll();
  await sim?.close();
  sim = null;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('release notes after a promotion to production', {timeout: 40_000}, () => {
  it('n copies them while the verification panel is open under the progress', async () => {
    sim = await startSimulator({promotionStepMs: 30, logs: {requestsPerSecond: 60}});
    const copied: {markdown: string; name: string}[] = [];
    const services = {
      ...servicesFor(sim),
      copyNotes: (markdown: string, name: string) => {
        copied.push({markdown, name});
        return {kind: 'clipboard' as const};
      },
    };
    const ui = renderBoard(services as unknown as FakeServices, {columns: 120, rows: 40});
    await waitForFrame(ui.frame, loaded, 10_000);
    await pressUntil(ui, 'p', (f) => f.includes('[ Cancel ]'));
    await settle();
    ui.stdin.write(KEYS.tab);
    ui.stdin.write(KEYS.enter);
    await waitForFrame(ui.frame, (f) => f.includes('Type whitewave-prod'));
    await typeText(ui, 'whitewave-prod');
    ui.stdin.write(KEYS.enter);
    const done = await waitForFrame(
      ui.frame,
      (f) => f.includes('Verification ·') && f.includes('✓ whitewave-prod succeeded'),
      20_000,
    );
    // The hint offers the key, and the key does what it offers.
    expect(done).toContain('n: copy the release notes');
    await settle();
    ui.stdin.write('n');
    await waitForFrame(ui.frame, (f) => f.includes('Release notes copied to the clipboard.'));
    expect(copied).toHaveLength(1);
    expect(copied[0]!.name).toBe('whitewave-staging');
    expect(copied[0]!.markdown).toContain('whitewave-prod');
  });
});
