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

  it("asks for the account's email at once and answers the status bar from it", async () => {
    const prefetched = prefetchBoard(services(), {pipeline: 'whitewave'});
    await settle(prefetched, 'whitewave');
    const asked = sim.requests.filter((r) => r.path === '/account');
    expect(asked).toHaveLength(1);
    expect((await prefetched.account()).email).toMatch(/@/);
    expect(sim.requests.filter((r) => r.path === '/account')).toHaveLength(1);
  });

  it('loads the pipeline opened last time at once, by the id remembered with its name', async () => {
    const slow = await startSimulator({seed: 'demo', latencyMs: 60});
    try {
      const id = slow.state.pipelines.find((p) => p.name === 'whitewave')!.id;
      const base = createRuntime({env: {}, simulator: slow}).services(slow.token);
      const remembered = {
        ...base,
        rememberedPipelineId: (name: string) => (name === 'whitewave' ? id : null),
      };
      const prefetched = prefetchBoard(remembered, {pipeline: 'whitewave'});
      const early = await settle(prefetched, 'whitewave');
      expect(early.board.pipeline.id).toBe(id);
      // The board's first requests did not wait for the lookup's answer.
      const lookup = slow.requests.find((r) => r.path.startsWith('/pipelines?eq'))!;
      const couplings = slow.requests.find((r) => r.path.endsWith('/pipeline-couplings'))!;
      expect(couplings.startedAt).toBeLessThan(lookup.endedAt);
      expect(
        slow.requests.filter((r) => r.path.endsWith('/pipeline-couplings') && r.status === 200),
      ).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('drops a board loaded by a remembered id that the lookup does not confirm', async () => {
    const ids = Object.fromEntries(sim.state.pipelines.map((p) => [p.name, p.id]));
    // The name whitewave now belongs to another pipeline than the one remembered.
    const remembered = {...services(), rememberedPipelineId: () => ids.bluebird!};
    const prefetched = prefetchBoard(remembered, {pipeline: 'whitewave'});
    const early = await settle(prefetched, 'whitewave');
    expect(early.board.pipeline.name).toBe('whitewave');
    const loadsOf = (id: string) =>
      sim.requests.filter((r) => r.path === `/pipelines/${id}/pipeline-couplings`);
    expect(loadsOf(ids.whitewave!)).toHaveLength(1);
    expect(loadsOf(ids.bluebird!)).toHaveLength(1);
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
