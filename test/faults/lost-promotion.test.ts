import {describe, expect, it} from 'vitest';
import {isSettled} from '../../source/board/promotion-progress.js';
import {promoteDocument, resultText} from '../../source/commands/promote-output.js';
import {createServices} from '../../source/services/create-services.js';
import {depsFor} from '../services/deps.js';
import {appOf, pipelineId, requestsTo, servicesFor, simulator} from './fault-services.js';

const PROMOTIONS = /^\/pipeline-promotions$/;
const TARGETS = /promotion-targets$/;

async function planToProduction(harness: ReturnType<typeof servicesFor>) {
  const id = await pipelineId(harness.services);
  const {board} = await harness.services.loadBoard(id, 'initial');
  return harness.services.promotionPlan({board, source: appOf(board, 'whitewave-staging')});
}

describe('a promotion POST that Heroku carried out, whose answer was lost', () => {
  it('is found again on the target and followed to its end: one POST, a true result', async () => {
    const sim = await simulator({promotionStepMs: 30});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness);
    sim.faults.add({kind: 'lost', method: 'POST', path: PROMOTIONS});

    const progress = await harness.services.startPromotion(plan).settled;
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(1);
    expect(progress.phase).toBe('finished');
    expect(progress.targets.map((t) => t.status)).toEqual(['succeeded']);
    const text = resultText(progress);
    expect(text).toMatch(/^whitewave-prod: succeeded v\d+ in \d+s$/m);
    expect(text).not.toContain('not promoted');
    expect(promoteDocument(progress).targets[0]!.status).toBe('succeeded');
  });

  it('says "outcome unknown" with how to check when no trace is found, never "not promoted"', async () => {
    const sim = await simulator({promotionStepMs: 30});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness);
    sim.faults.add({kind: 'lost', method: 'POST', path: PROMOTIONS});
    // The targets cannot be read while it is looked for.
    sim.faults.add({kind: 'status', status: 503, method: 'GET', path: /\/releases$/});

    const progress = await harness.services.startPromotion(plan).settled;
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
    expect(progress.phase).toBe('unknown');
    const text = resultText(progress);
    expect(text).toContain('whitewave-prod: outcome unknown');
    expect(text).not.toContain('not promoted');
    expect(text).toMatch(/outcome unknown\. Check with `pipeline-tui status whitewave`/);
    const document = promoteDocument(progress);
    expect(document.targets[0]!.status).toBe('unknown');
    expect(document.follow).toBe('pipeline-tui status whitewave');
  });
});

describe('target polls that keep failing after the POST succeeded', () => {
  it('are waited out with an honest line, and the promotion is followed until it settles', async () => {
    const sim = await simulator({promotionStepMs: 30});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness);
    sim.faults.add({kind: 'status', status: 500, path: TARGETS, times: 8});

    const run = harness.services.startPromotion(plan);
    const lines = new Set<string>();
    run.subscribe((p) => {
      if (p.waiting) lines.add(p.waiting);
    });
    const progress = await run.settled;
    expect(progress.phase).toBe('finished');
    expect(progress.targets.map((t) => t.status)).toEqual(['succeeded']);
    expect([...lines][0]).toMatch(/^Still waiting for Heroku: .+ Asking again in \d+s\.$/);
    expect(resultText(progress)).not.toMatch(/not promoted|Lost track/);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });

  it('end, when they outlast the deadline, with the id and the command to follow it', async () => {
    const sim = await simulator({promotionStepMs: 30});
    const services = createServices(depsFor(sim), {
      pollIntervalMs: 10,
      maxBackoffMs: 40,
      timeoutMs: 300,
      outputGraceMs: 0,
    });
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness);
    sim.faults.add({kind: 'status', status: 500, path: TARGETS});

    const progress = await services.startPromotion(plan).settled;
    expect(isSettled(progress)).toBe(true);
    expect(progress.phase).toBe('timed-out');
    const id = sim.promotions()[0]!.id;
    expect(progress.message).toContain(`pipeline-tui promote --follow ${id}`);
    expect(progress.message).toMatch(/the promotion goes on at Heroku/);
    expect(promoteDocument(progress).promotion.id).toBe(id);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });
});
