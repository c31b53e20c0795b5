import {sink} from './capture.js';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runStatus} from '../../source/commands/status.js';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {findApp, runningCommit} from '../../source/simulator/state.js';
import type {StatusDocument} from '../../source/board/status-document.js';

describe('pipeline-tui status', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  const services = () => createRuntime({env: {}, simulator: sim}).services(sim.token);

  it('prints every app of whitewave with the SHA it runs, and agrees with the board', async () => {
    const out = sink();
    const code = await runStatus({
      services: services(),
      pipeline: 'whitewave',
      json: true,
      stdout: out.stream,
    });
    expect(code).toBe(0);
    const document = JSON.parse(out.text()) as StatusDocument & {drift: unknown[]};
    expect(document.pipeline.name).toBe('whitewave');
    expect(document.stages.map((s) => s.name)).toEqual([
      'review',
      'development',
      'staging',
      'production',
    ]);

    const apps = document.stages.flatMap((s) => s.apps);
    expect(apps.map((a) => a.name).sort()).toEqual([
      'whitewave-dev',
      'whitewave-pr-412',
      'whitewave-pr-415',
      'whitewave-pr-418',
      'whitewave-prod',
      'whitewave-staging',
    ]);
    for (const app of apps) {
      expect(app.commit?.sha, app.name).toBe(
        runningCommit(sim.state, findApp(sim.state, app.name)!),
      );
    }

    // The board that the interactive screen draws comes from the same services.
    const {board} = await services().loadBoard(document.pipeline.id, 'initial');
    for (const app of board.columns.flatMap((c) => c.apps)) {
      const listed = apps.find((a) => a.id === app.id);
      expect(listed?.release?.version, app.name).toBe(app.release?.version);
      expect(listed?.commit?.sha, app.name).toBe(app.commit?.sha);
    }

    const stagingToProd = document.comparisons.find(
      (c) => c.from === 'whitewave-staging' && c.to === 'whitewave-prod',
    );
    expect(stagingToProd).toMatchObject({status: 'ahead', ahead: 3, behind: 0, source: 'github'});
    expect(document.drift.length).toBeGreaterThan(0);
  });

  it('prints a plain board without colours', async () => {
    const out = sink();
    await runStatus({services: services(), pipeline: 'whitewave', json: false, stdout: out.stream});
    expect(out.text()).toContain('whitewave-staging -> whitewave-prod: 3 ahead');
    expect(out.text()).not.toContain('\u001B');
  });

  it('says in one sentence that a pipeline does not exist', async () => {
    const out = sink();
    await expect(
      runStatus({services: services(), pipeline: 'nope', json: true, stdout: out.stream}),
    ).rejects.toThrow('No pipeline named nope was found on this account.');
    expect(out.text()).toBe('');
  });
});

describe('pipeline-tui status --json: CI and GitLab', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  async function document(pipeline: string) {
    const out = sink();
    const services = createRuntime({env: {}, simulator: sim}).services(sim.token);
    await runStatus({services, pipeline, json: true, stdout: out.stream});
    return JSON.parse(out.text()) as StatusDocument;
  }

  it("carries each app's CI status with its checks by name", async () => {
    const apps = (await document('whitewave')).stages.flatMap((s) => s.apps);
    const ci = (name: string) => apps.find((a) => a.name === name)!.ci;
    expect(ci('whitewave-prod').state).toBe('passed');
    expect(ci('whitewave-staging')).toMatchObject({state: 'failed', reason: null});
    expect(ci('whitewave-staging').checks).toContainEqual({
      name: 'ci/circleci: test',
      state: 'failed',
      url: 'https://ci.example.com/whitewave-co/whitewave/1',
      source: 'github',
    });
    expect(ci('whitewave-dev').state).toBe('running');
    expect(ci('whitewave-pr-412').state).toBe('none');
  });

  it('compares the GitLab-hosted ledger pipeline with no checkout and no GitHub', async () => {
    const doc = await document('ledger');
    expect(doc.comparisons).toEqual([
      {
        from: 'ledger-staging',
        to: 'ledger-production',
        status: 'ahead',
        ahead: 2,
        behind: 0,
        source: 'gitlab',
        reason: null,
      },
    ]);
    expect(doc.stages.find((s) => s.name === 'staging')!.apps[0]!.ci.state).toBe('running');
    expect(sim.requests.some((r) => r.path.startsWith('/github/'))).toBe(false);
  });
});
