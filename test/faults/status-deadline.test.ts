import {Capture} from '../commands/capture.js';
import {describe, expect, it} from 'vitest';
import {runStatus} from '../../source/commands/status.js';
import type {StatusDocument} from '../../source/board/status-document.js';
import {servicesFor, simulator} from './fault-services.js';

describe('status with a GitHub that hangs', () => {
  it('ends within the comparison deadline, each comparison unknown with the reason', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    sim.faults.add({kind: 'slow', delayMs: 5000, path: /^\/github\//});
    const stdout = new Capture();

    const started = Date.now();
    const code = await runStatus({
      services: harness.services,
      pipeline: 'whitewave',
      json: true,
      stdout,
      compareBudgetMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(code).toBe(0);
    const document = JSON.parse(stdout.text) as StatusDocument;
    const staging = document.comparisons.find((c) => c.from === 'whitewave-staging')!;
    expect(staging).toMatchObject({
      status: 'unknown',
      reason: 'The commit comparison did not answer within 300 ms.',
    });
  });
});
