import {describe, expect, it} from 'vitest';
import {describeError} from '../../source/shared/errors.js';
import {isSettled} from '../../source/board/promotion-progress.js';
import {
  appOf,
  failure,
  isClearSentence,
  pipelineId,
  requestsTo,
  servicesFor,
  simulator,
} from './fault-services.js';

const COUPLINGS = /\/pipeline-couplings$/;
const PROMOTIONS = /^\/pipeline-promotions$/;

async function planToProduction(harness: ReturnType<typeof servicesFor>, id: string) {
  const {board} = await harness.services.loadBoard(id, 'initial');
  return harness.services.promotionPlan({board, source: appOf(board, 'whitewave-staging')});
}

describe('a burst of 5xx answers', () => {
  it('is ridden out by retrying the reads, and the board loads', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'status', status: 503, path: COUPLINGS, times: 2});
    sim.faults.add({kind: 'status', status: 500, path: /\/slugs\//, times: 3});

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(appOf(board, 'whitewave-staging').commit?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(requestsTo(sim, 'GET', COUPLINGS).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('that outlasts the retries ends in one clear sentence with the Request-Id, and the next load works', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'status', status: 503, path: COUPLINGS});

    const error = await failure(harness.services.loadBoard(id, 'initial'));
    const sentence = describeError(error);
    expect(isClearSentence(sentence, sim.token)).toBe(true);
    expect(sentence).toMatch(/Request-Id [0-9a-f-]{36}/);
    // One try and three retries: bounded, never a loop.
    expect(requestsTo(sim, 'GET', COUPLINGS)).toHaveLength(4);

    sim.faults.clear();
    const {board} = await harness.services.loadBoard(id, 'manual');
    expect(board.columns.length).toBeGreaterThan(0);
  });

  it('on the promotion POST is not retried: one POST, one clear failure', async () => {
    const sim = await simulator({promotionStepMs: 50});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness, await pipelineId(harness.services));
    sim.faults.add({kind: 'status', status: 503, method: 'POST', path: PROMOTIONS});

    const progress = await harness.services.startPromotion(plan).settled;
    expect(progress.phase).toBe('failed');
    expect(isClearSentence(progress.message ?? '', sim.token)).toBe(true);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(0);
  });

  it('while the targets are polled does not stop the promotion it follows', async () => {
    const sim = await simulator({promotionStepMs: 50});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness, await pipelineId(harness.services));
    sim.faults.add({kind: 'status', status: 502, path: /promotion-targets$/, times: 6});

    const progress = await harness.services.startPromotion(plan).settled;
    expect(progress.phase).toBe('finished');
    expect(progress.targets.map((t) => t.status)).toEqual(['succeeded']);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });
});

describe('connection resets', () => {
  it('on reads are retried, and the board loads', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'reset', path: COUPLINGS, times: 2});
    sim.faults.add({kind: 'reset', path: /\/latest-releases$/, times: 1});

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(appOf(board, 'whitewave-prod').commit?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(requestsTo(sim, 'GET', COUPLINGS).map((r) => r.status)).toEqual([0, 0, 200]);
  });

  it('on the promotion POST: one POST, a sentence about the connection, no retry', async () => {
    const sim = await simulator({promotionStepMs: 50});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness, await pipelineId(harness.services));
    sim.faults.add({kind: 'reset', method: 'POST', path: PROMOTIONS});

    const run = harness.services.startPromotion(plan);
    const progress = await run.settled;
    expect(isSettled(progress)).toBe(true);
    expect(progress.phase).toBe('unknown');
    expect(progress.message).toMatch(/Could not reach 127\.0\.0\.1:\d+/);
    expect(isClearSentence(progress.message ?? '', sim.token)).toBe(true);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });

  it('on the rollback POST: one POST and a clear failure', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const {board} = await harness.services.loadBoard(await pipelineId(harness.services), 'initial');
    const production = appOf(board, 'whitewave-prod');
    const [, previous] = await harness.services.releaseHistory(production);
    const path = new RegExp(`^/apps/${production.id}/releases$`);
    sim.faults.add({kind: 'reset', method: 'POST', path});

    const outcome = await harness.services.rollback(production, previous!);
    expect(outcome.kind).toBe('failed');
    if (outcome.kind === 'failed') expect(isClearSentence(outcome.message, sim.token)).toBe(true);
    expect(requestsTo(sim, 'POST', path)).toHaveLength(1);
  });
});

describe('a promotion POST whose answer is lost', () => {
  // A reset after the request went out, or a 2xx whose body cannot be read, leaves the
  // promotion possibly created: "failed" alone invites the person to send a second one.
  it.each([
    ['a connection reset', {kind: 'reset'} as const],
    ['an unreadable 2xx body', {kind: 'malformed'} as const],
  ])('after %s says it may have been created', async (_, fault) => {
    const sim = await simulator({promotionStepMs: 50});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness, await pipelineId(harness.services));
    sim.faults.add({...fault, method: 'POST', path: PROMOTIONS});

    const progress = await harness.services.startPromotion(plan).settled;
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
    expect(progress.message).toMatch(/may (have been|already be) created|check .*before/i);
  });
});

describe('malformed JSON', () => {
  it('fails the load with a sentence naming the request, then the next load works', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'malformed', path: /\/latest-deployments$/, times: 1});

    const error = await failure(harness.services.loadBoard(id, 'initial'));
    const sentence = describeError(error);
    expect(sentence).toMatch(/latest-deployments with a body that is not JSON/);
    expect(isClearSentence(sentence, sim.token)).toBe(true);

    const {board} = await harness.services.loadBoard(id, 'manual');
    expect(appOf(board, 'whitewave-staging').commit).not.toBeNull();
  });

  it('in answer to the promotion POST: reported, never resent', async () => {
    const sim = await simulator({promotionStepMs: 50});
    const harness = servicesFor(sim);
    const plan = await planToProduction(harness, await pipelineId(harness.services));
    sim.faults.add({kind: 'malformed', method: 'POST', path: PROMOTIONS});

    const progress = await harness.services.startPromotion(plan).settled;
    // Looked for on the target, and not found: not "failed", not "not promoted".
    expect(progress.phase).toBe('unknown');
    expect(isClearSentence(progress.message ?? '', sim.token)).toBe(true);
    expect(requestsTo(sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });

  it('from a release list does not break the release history for good', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const {board} = await harness.services.loadBoard(await pipelineId(harness.services), 'initial');
    const production = appOf(board, 'whitewave-prod');
    sim.faults.add({kind: 'malformed', path: /\/releases$/, times: 1});

    const error = await failure(harness.services.releaseHistory(production));
    expect(isClearSentence(describeError(error), sim.token)).toBe(true);
    const releases = await harness.services.releaseHistory(production);
    expect(releases[0]?.version).toBe(16);
  });
});
