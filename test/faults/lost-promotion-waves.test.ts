import {describe, expect, it} from 'vitest';
import {assignWaves} from '../../source/board/promotion-waves.js';
import {appOf, pipelineId, requestsTo, servicesFor, simulator} from './fault-services.js';

const PROMOTIONS = /^\/pipeline-promotions$/;

describe('a promotion in waves whose second POST answer was lost', () => {
  it('finds the second wave again: one POST a wave, every target promoted', async () => {
    const sim = await simulator({promotionStepMs: 30, secondProduction: true});
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    const {board} = await harness.services.loadBoard(id, 'initial');
    const plan = assignWaves(
      await harness.services.promotionPlan({board, source: appOf(board, 'whitewave-staging')}),
      ['eu', 'prod'],
    );
    if (typeof plan === 'string') throw new Error(plan);

    const run = harness.services.startPromotion(plan);
    // Once the first wave is sent, the answer to the next POST is lost.
    let armed = false;
    const phases = new Set<string>();
    const stop = run.subscribe((progress) => {
      phases.add(`${progress.waves?.current} ${progress.phase}`);
      if (armed || progress.waves?.current !== 1 || progress.promotionId === null) return;
      armed = true;
      sim.faults.add({kind: 'lost', method: 'POST', path: PROMOTIONS, times: 1});
    });
    const final = await run.settled;
    stop();
    expect(armed).toBe(true);
    // The second wave's answer was lost and looked for, never sent again.
    expect(phases).toContain('2 searching');
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(2);
    expect(sim.promotions()).toHaveLength(2);
    expect(final.targets.map((t) => [t.name, t.status, t.wave])).toEqual([
      ['whitewave-prod-eu', 'succeeded', 1],
      ['whitewave-prod', 'succeeded', 2],
    ]);
    expect(final.phase).toBe('finished');
    // Each wave's time counts from when that wave was sent.
    expect(final.targets[1]!.startedAt!).toBeGreaterThan(final.targets[0]!.finishedAt! - 1);
  });
});
