import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {prefetchBoard} from '../../source/services/prefetch.js';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

describe('prefetchBoard', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  const services = () => createRuntime({env: {}, simulator: sim}).services(sim.token);
  const settle = async (prefetched: ReturnType<typeof prefetchBoard>, name: string) => {
    const [pipeline] = await prefetched.findPipelines(name);
    return prefetched.loadBoard(pipeline!.id, 'initial');
  };

  it('answers the screen from requests already sent, without sending them twice', async () => {
    const prefetched = prefetchBoard(services(), {pipeline: 'whitewave'});
    const early = await settle(prefetched, 'whitewave');
    const sent = sim.requests.length;
    expect(early.board.pipeline.name).toBe('whitewave');

    // Asking again, as a refresh does, goes to Heroku (conditionally).
    await prefetched.loadBoard(early.board.pipeline.id, 'auto');
    expect(sim.requests.length).toBeGreaterThan(sent);

    const lookups = sim.requests.filter((r) => r.path.startsWith('/pipelines?eq'));
    expect(lookups).toHaveLength(1);
    const couplings = sim.requests.filter((r) => r.path.endsWith('/pipeline-couplings'));
    expect(couplings.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('starts from an app as --app does', async () => {
    const prefetched = prefetchBoard(services(), {app: 'whitewave-prod'});
    const {pipeline} = await prefetched.pipelineOfApp('whitewave-prod');
    const loaded = await prefetched.loadBoard(pipeline.id, 'initial');
    expect(loaded.board.columns.flatMap((c) => c.apps).map((a) => a.name)).toContain(
      'whitewave-prod',
    );
    expect(
      sim.requests.filter((r) => r.path.endsWith('/pipeline-couplings') && r.status === 200),
    ).toHaveLength(2);
  });

  it('hands a failure to the screen that asks, once', async () => {
    const prefetched = prefetchBoard(services(), {pipeline: 'nope'});
    await expect(prefetched.findPipelines('nope')).rejects.toThrow('No pipeline named nope');
    // The screen's retry is a new request.
    await expect(prefetched.findPipelines('nope')).rejects.toThrow('No pipeline named nope');
    expect(sim.requests.filter((r) => r.path.startsWith('/pipelines?eq'))).toHaveLength(2);
  });
});
