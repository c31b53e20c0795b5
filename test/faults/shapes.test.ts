import {describe, expect, it} from 'vitest';
import {statusDocument} from '../../source/board/status-document.js';
import {describeError} from '../../source/shared/errors.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {createServices} from '../../source/services/create-services.js';
import {depsFor} from '../services/deps.js';
import {
  FAST_RETRY,
  appOf,
  failure,
  isClearSentence,
  pipelineId,
  requestsTo,
  servicesFor,
  simulator,
} from './fault-services.js';

const COUPLINGS = /\/pipeline-couplings$/;
const LATEST = /\/latest-releases$/;

describe('wrongly shaped items from Heroku', () => {
  it('a coupling without its app is left out with a note, never a crash', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    const real = (await harness.client.pipelineCouplingsWithMeta(id)).data;
    const broken = {id: 'c0ffee00-0000-4000-8000-000000000000', stage: 'staging', pipeline: {id}};
    sim.faults.add({kind: 'body', body: [...real, broken], path: COUPLINGS, times: 1});

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(appOf(board, 'whitewave-staging').commit?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(board.notes).toEqual(['Left out 1 pipeline coupling from Heroku: no app.']);
    expect(statusDocument(board).notes).toEqual(board.notes);
  });

  it('malformed latest-releases items are said, not turned into "no releases" in silence', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    sim.faults.add({kind: 'body', body: [{version: 'x'}, 42, {id: 'r'}], path: LATEST, times: 1});

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(board.notes).toEqual([
      'Left out 1 latest release from Heroku: no id.',
      'Left out 1 latest release from Heroku: not an object.',
      'Left out 1 latest release from Heroku: no version.',
    ]);
    // The deployments and histories still tell what runs where.
    expect(appOf(board, 'whitewave-prod').deployedRelease?.version).toBeGreaterThan(0);
    expect(appOf(board, 'whitewave-prod').commit?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('a formation that keeps failing says whose dyno health is unknown', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const id = await pipelineId(harness.services);
    const prod = sim.appId('whitewave-prod');
    sim.faults.add({kind: 'status', status: 500, path: new RegExp(`/apps/${prod}/formation$`)});

    const {board} = await harness.services.loadBoard(id, 'initial');
    expect(board.notes).toContain(
      'Dyno health of whitewave-prod could not be read: shown as unknown.',
    );
  });
});

describe('a body above the size cap', () => {
  it('is refused unread with a sentence, and the next load works', async () => {
    const sim = await simulator();
    const client = new HerokuClient({apiUrl: sim.url, token: sim.token, retry: FAST_RETRY});
    const services = createServices(depsFor(sim, {client}));
    const id = await pipelineId(services);
    sim.faults.add({kind: 'huge', bytes: 50_000_000, path: LATEST, times: 1});

    const error = await failure(services.loadBoard(id, 'initial'));
    const sentence = describeError(error);
    expect(sentence).toMatch(/latest-releases with a body larger than 8 MB, which was not read\./);
    expect(isClearSentence(sentence, sim.token)).toBe(true);
    expect(requestsTo(sim, 'GET', LATEST)).toHaveLength(1);
    const {board} = await services.loadBoard(id, 'manual');
    expect(appOf(board, 'whitewave-staging').release).not.toBeNull();
  });
});

describe('a hang on the board reads', () => {
  it('ends the refresh within its budget with a sentence that marks the board stale', async () => {
    const sim = await simulator();
    const client = new HerokuClient({apiUrl: sim.url, token: sim.token, retry: FAST_RETRY});
    const services = createServices(depsFor(sim, {client, loadBudgetMs: 400}));
    const id = await pipelineId(services);
    await services.loadBoard(id, 'initial');
    sim.faults.add({kind: 'slow', delayMs: 5000, path: LATEST});

    const started = Date.now();
    const error = await failure(services.loadBoard(id, 'auto'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(describeError(error)).toBe(
      'Heroku did not answer within 400 ms, so the board was not refreshed.',
    );
  });
});

describe('a read that hangs', () => {
  it('is cut at its own deadline and retried, so one hang does not hold the board', async () => {
    const sim = await simulator();
    const client = new HerokuClient({
      apiUrl: sim.url,
      token: sim.token,
      retry: FAST_RETRY,
      readTimeoutMs: 200,
    });
    const services = createServices(depsFor(sim, {client}));
    const id = await pipelineId(services);
    sim.faults.add({kind: 'slow', delayMs: 3000, path: COUPLINGS, times: 1});

    const started = Date.now();
    const {board} = await services.loadBoard(id, 'initial');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(appOf(board, 'whitewave-staging').commit?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(requestsTo(sim, 'GET', COUPLINGS).length).toBeGreaterThanOrEqual(2);
  });
});
