import {sink} from './capture.js';
import {afterEach, describe, expect, it} from 'vitest';
import {COMPARE_CONCURRENCY, runStatus} from '../../source/commands/status.js';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import type {Services} from '../../source/contract/services.js';

let sim: Simulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

// The services with the number of comparisons in flight at once counted.
async function counted(apps: number) {
  sim = await startSimulator({seed: {largePipeline: {apps}}, latencyMs: 20});
  const real = createRuntime({env: {}, simulator: sim}).services(sim.token);
  const seen = {inFlight: 0, most: 0, compared: [] as string[]};
  const services: Services = {
    ...real,
    compare: async (from, to) => {
      seen.inFlight += 1;
      seen.most = Math.max(seen.most, seen.inFlight);
      seen.compared.push(from.name);
      try {
        return await real.compare(from, to);
      } finally {
        seen.inFlight -= 1;
      }
    },
  };
  return {services, seen};
}

describe('status of a large pipeline', {timeout: 60_000}, () => {
  it('compares review apps concurrently, never more than the cap at once', async () => {
    const {services, seen} = await counted(100);
    const out = sink();
    expect(await runStatus({services, pipeline: 'bigco', json: false, stdout: out.stream})).toBe(0);
    // 98 review and development apps against staging, staging against production.
    expect(seen.compared).toHaveLength(99);
    expect(seen.most).toBeGreaterThan(4);
    expect(seen.most).toBeLessThanOrEqual(COMPARE_CONCURRENCY);
    expect(out.text()).toContain('bigco-pr-');
  });

  it('--no-review lists review apps but compares none of them', async () => {
    const {services, seen} = await counted(40);
    const out = sink();
    const code = await runStatus({
      services,
      pipeline: 'bigco',
      json: false,
      stdout: out.stream,
      skipReview: true,
    });
    expect(code).toBe(0);
    expect(seen.compared.length).toBeGreaterThan(0);
    expect(seen.compared.every((name) => !name.includes('-pr-'))).toBe(true);
    expect(out.text()).toContain('bigco-pr-');
  });
});
