import {describe, expect, it} from 'vitest';
import {RateLimitError} from '../../source/heroku/errors.js';
import {describeError} from '../../source/shared/errors.js';
import {
  FAST_RETRY,
  failure,
  isClearSentence,
  pipelineId,
  requestsTo,
  servicesFor,
  simulator,
  since,
} from './fault-services.js';

const COUPLINGS = /\/pipeline-couplings$/;

// Gaps between successive tries of one request, in ms.
function gaps(times: number[]): number[] {
  return times.slice(1).map((time, i) => time - times[i]!);
}

describe('a 429 storm', () => {
  it('backs off with growing waits, honours Retry-After, and the board loads once it passes', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({
      kind: 'status',
      status: 429,
      id: 'rate_limit',
      path: COUPLINGS,
      times: 3,
      headers: {'Retry-After': '0.1'},
    });

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(board.columns.length).toBeGreaterThan(0);
    const tries = requestsTo(sim, 'GET', COUPLINGS);
    expect(tries.map((r) => r.status)).toEqual([429, 429, 429, 200]);
    const waits = gaps(tries.map((r) => r.startedAt));
    // Retry-After asked for 100 ms: never sooner.
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(95);
  });

  it('with the bucket empty: a bounded number of tries, one clear sentence, then recovery', async () => {
    const sim = await simulator({rateLimitRefillPerMinute: 0});
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    const mark = sim.requests.length;
    sim.state.rateLimit.remaining = 0;

    const error = await failure(harness.services.loadBoard(id, 'initial'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(describeError(error)).toMatch(/rate limit/i);
    // Heroku's two lines read as two sentences.
    expect(describeError(error)).toMatch(
      /^Your account reached the API rate limit\. Please wait a few minutes before making new requests\./,
    );
    expect(isClearSentence(describeError(error), sim.token)).toBe(true);

    // The first round is five reads (couplings, latest releases, deployments and builds, the
    // pipeline); each is tried once and retried at most `limit` times, and nothing after the
    // first round is attempted.
    const spent = since(sim, mark);
    expect(spent.length).toBeLessThanOrEqual(5 * (1 + FAST_RETRY.limit));
    expect(spent.every((r) => r.status === 429 && r.method === 'GET')).toBe(true);
    const couplingWaits = gaps(requestsTo(sim, 'GET', COUPLINGS).map((r) => r.startedAt));
    expect(couplingWaits).toHaveLength(FAST_RETRY.limit);
    expect(couplingWaits[2]!).toBeGreaterThan(couplingWaits[0]!);

    sim.state.rateLimit.remaining = 4500;
    const {board, rateLimitRemaining} = await harness.services.loadBoard(id, 'manual');
    expect(board.columns.length).toBeGreaterThan(0);
    expect(rateLimitRemaining).toBeGreaterThan(4000);
  });

  it('never waits longer than the screen can bear: a long Retry-After fails at once', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({
      kind: 'status',
      status: 429,
      id: 'rate_limit',
      path: COUPLINGS,
      headers: {'Retry-After': '120'},
    });

    const started = Date.now();
    const error = await failure(harness.services.loadBoard(id, 'initial'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(requestsTo(sim, 'GET', COUPLINGS)).toHaveLength(1);
  });

  it("carries Heroku's Retry-After on the error, for the board's next automatic try", async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'status', status: 429, headers: {'Retry-After': '60'}});

    const error = await failure(harness.services.loadBoard(id, 'initial'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
  });
});
