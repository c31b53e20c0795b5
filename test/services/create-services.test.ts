import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

describe('createServices: loading the board', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  async function opened() {
    const services = createRuntime({env: {}, simulator: sim}).services(sim.token);
    const [pipeline] = await services.findPipelines('whitewave');
    const first = await services.loadBoard(pipeline!.id, 'initial');
    return {services, pipelineId: pipeline!.id, first};
  }

  it('answers an idle auto-refresh with three conditional requests, all 304', async () => {
    const {services, pipelineId, first} = await opened();
    const before = sim.requests.length;
    const again = await services.loadBoard(pipelineId, 'auto');
    const sent = sim.requests.slice(before);
    expect(sent).toHaveLength(3);
    expect(sent.every((r) => r.status === 304 && r.conditional)).toBe(true);
    expect(again.changed).toBe(false);
    // The very same board, so the screen has nothing to redraw.
    expect(again.board).toBe(first.board);
  });

  it('shows a new deploy on the next auto-refresh', async () => {
    const {services, pipelineId} = await opened();
    const {sha} = sim.deploy('whitewave-staging', {message: 'Ship the new invoice page'});
    const next = await services.loadBoard(pipelineId, 'auto');
    expect(next.changed).toBe(true);
    const staging = next.board.columns
      .flatMap((c) => c.apps)
      .find((a) => a.name === 'whitewave-staging');
    expect(staging?.commit).toEqual({sha, message: 'Ship the new invoice page'});
  });

  it('sees a crashed dyno on a manual refresh even when no release changed', async () => {
    const {services, pipelineId} = await opened();
    sim.setDynoState('whitewave-staging', 'web.1', 'crashed');
    const next = await services.loadBoard(pipelineId, 'manual');
    const staging = next.board.columns
      .flatMap((c) => c.apps)
      .find((a) => a.name === 'whitewave-staging');
    expect(staging?.dynos?.find((d) => d.type === 'web')?.crashed).toBe(1);
  });

  it("gives a review app's dynos, which the board does not load, and asks again conditionally", async () => {
    const {services, first} = await opened();
    const review = first.board.columns.find((c) => c.stage === 'review')!.apps[0]!;
    expect(review.dynos).toBeNull();
    sim.setDynoState(review.name, 'web.1', 'crashed');
    const dynos = await services.appDynos(review.id);
    expect(dynos.find((d) => d.type === 'web')).toMatchObject({quantity: 1, crashed: 1});
    const before = sim.requests.length;
    await services.appDynos(review.id);
    const again = sim.requests.slice(before);
    expect(again).toHaveLength(2);
    expect(again.every((r) => r.status === 304)).toBe(true);
  });

  it('finds the pipeline of an app, and says when an app is in none', async () => {
    const services = createRuntime({env: {}, simulator: sim}).services(sim.token);
    const found = await services.pipelineOfApp('whitewave-prod');
    expect(found.pipeline.name).toBe('whitewave');
    expect(found.appId).toBe(sim.appId('whitewave-prod'));
    await expect(services.pipelineOfApp('avery-sandbox')).rejects.toThrow(
      'avery-sandbox is not in a pipeline, or no app has that name.',
    );
  });

  it('tells the session when Heroku rejects the token', async () => {
    const rejected: unknown[] = [];
    const services = createRuntime({env: {}, simulator: sim}).services(sim.token, (error) =>
      rejected.push(error),
    );
    sim.revokeToken();
    await expect(services.listPipelines()).rejects.toThrow();
    expect(rejected).toHaveLength(1);
  });
});

describe('createServices: the pipeline picker', () => {
  it('lists every pipeline by name, and the demo starts on whitewave', async () => {
    const sim = await startSimulator({seed: 'demo'});
    try {
      const services = createRuntime({env: {}, simulator: sim}).services(sim.token);
      const names = (await services.listPipelines()).map((p) => p.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(names).toEqual(expect.arrayContaining(['bluebird', 'tally', 'whitewave']));
      const last = services.lastPipeline();
      expect((await services.listPipelines()).find((p) => p.id === last)?.name).toBe('whitewave');
    } finally {
      await sim.close();
    }
  });
});
