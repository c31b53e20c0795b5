import {describe, expect, it} from 'vitest';
import type {HerokuClient} from '../../source/heroku/client.js';
import {loadPipelineSnapshot} from '../../source/heroku/snapshot.js';
import type {PipelineSnapshot} from '../../source/heroku/snapshot-types.js';
import type {Simulator, SimRequest} from '../../source/simulator/index.js';
import {codeRelease, runningCommit} from '../../source/simulator/state.js';
import {clientFor, simulator} from './helpers.js';

function pipelineId(sim: Simulator, name: string): string {
  return sim.state.pipelines.find((p) => p.name === name)!.id;
}

function commitOf(snapshot: PipelineSnapshot, appId: string): string | null | undefined {
  const release = snapshot.deployedReleases[appId];
  if (release?.slug) return snapshot.slugs[release.slug.id]?.commit;
  if (release?.oci_image) return snapshot.ociImages[release.oci_image.id]?.commit;
  return undefined;
}

// How many sequential rounds the requests took: a request is in the round after the
// latest round of any request that had ended before it started.
function rounds(requests: SimRequest[]): number {
  const round = new Map<SimRequest, number>();
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  for (const request of sorted) {
    const before = sorted.filter((r) => round.has(r) && r.endedAt < request.startedAt);
    round.set(request, 1 + Math.max(0, ...before.map((r) => round.get(r)!)));
  }
  return Math.max(0, ...round.values());
}

async function load(client: HerokuClient, id: string, previous?: PipelineSnapshot) {
  return loadPipelineSnapshot(client, id, {previous});
}

describe('loadPipelineSnapshot on the demo data', () => {
  it.each(['whitewave', 'bluebird', 'tally'])(
    'resolves the SHA of every app of %s',
    async (name) => {
      const sim = await simulator();
      const {client} = clientFor(sim);
      const id = pipelineId(sim, name);
      const {snapshot, changed} = await load(client, id);
      expect(changed).toBe(true);
      expect(snapshot.pipeline.name).toBe(name);
      const coupled = sim.state.couplings.filter((c) => c.pipelineId === id);
      expect(snapshot.couplings.map((c) => c.app.id).sort()).toEqual(
        coupled.map((c) => c.appId).sort(),
      );
      expect(snapshot.apps.map((a) => a.id).sort()).toEqual(coupled.map((c) => c.appId).sort());
      for (const coupling of coupled) {
        const app = sim.state.apps.find((a) => a.id === coupling.appId)!;
        expect(snapshot.deployedReleases[app.id]?.id, app.name).toBe(codeRelease(app)!.id);
        expect(commitOf(snapshot, app.id), app.name).toMatch(/^[\da-f]{40}$/);
        expect(commitOf(snapshot, app.id), app.name).toBe(runningCommit(sim.state, app));
      }
    },
  );

  it('skips config-change releases and reads a Fir app through its OCI image', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const prod = sim.state.apps.find((a) => a.name === 'whitewave-prod')!;
    const {snapshot} = await load(client, pipelineId(sim, 'whitewave'));
    const latest = snapshot.latestReleases.find((r) => r.app?.id === prod.id)!;
    expect(latest.description).toMatch(/^Set .* config vars$/);
    expect(latest.slug).toBeNull();
    const deployed = snapshot.deployedReleases[prod.id]!;
    expect(deployed.version).toBeLessThan(latest.version);
    expect(deployed.description).toMatch(/^Promote whitewave-staging/);

    const fir = sim.state.apps.find((a) => a.generation === 'fir')!;
    expect(snapshot.deployedReleases[fir.id]?.oci_image?.id).toBeTruthy();
    expect(Object.keys(snapshot.ociImages)).toHaveLength(1);
  });

  it('finds the running code in the history when the latest deployment failed', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    // The newest deploy failed, and a config change came after it: what runs is the
    // deploy before the failed one.
    const newestDeploy = staging.releases.findLast((r) => r.slugId)!;
    newestDeploy.status = 'failed';
    sim.setConfigVar('whitewave-staging', 'NEW_FLAG', 'on');
    const {snapshot} = await load(client, pipelineId(sim, 'whitewave'));
    const deployed = snapshot.deployedReleases[staging.id]!;
    expect(deployed.id).toBe(codeRelease(staging)!.id);
    expect(deployed.version).toBeLessThan(newestDeploy.version);
    expect(commitOf(snapshot, staging.id)).toBe(runningCommit(sim.state, staging));
    expect(sim.requests.some((r) => r.path === `/apps/${staging.id}/releases`)).toBe(true);
  });

  it('takes at most three rounds, with the independent requests in parallel', async () => {
    const sim = await simulator({latencyMs: 60});
    const {client} = clientFor(sim);
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    staging.releases.findLast((r) => r.slugId)!.status = 'failed';
    await load(client, pipelineId(sim, 'whitewave'));
    // The newest code release failed: staging's history comes with its newest builds, which
    // name the running slug's commit, so no third round asks for that slug.
    expect(rounds(sim.requests)).toBe(2);
    expect(sim.requests.some((r) => r.path === `/apps/${staging.id}/builds`)).toBe(true);
    expect(sim.requests.filter((r) => r.path.startsWith(`/apps/${staging.id}/slugs/`))).toEqual([]);
    const dynoPaths = sim.requests.filter((r) => r.path.endsWith('/dynos')).map((r) => r.path);
    // Review apps' dynos are not asked for.
    expect(dynoPaths).toHaveLength(3);
  });

  it('answers an idle reload with exactly three requests, all 304, and changed: false', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'whitewave');
    const first = await load(client, id);
    const before = sim.requests.length;
    const second = await load(client, id, first.snapshot);
    const idle = sim.requests.slice(before);
    expect(second.changed).toBe(false);
    expect(second.snapshot).toBe(first.snapshot);
    expect(idle).toHaveLength(3);
    expect(idle.every((r) => r.conditional && r.status === 304)).toBe(true);
  });

  it('sees a new deploy on reload and reuses what did not change', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'whitewave');
    const first = await load(client, id);
    const {sha} = sim.deploy('whitewave-staging', {message: 'Ship the thing'});
    const before = sim.requests.length;
    const second = await load(client, id, first.snapshot);
    expect(second.changed).toBe(true);
    expect(commitOf(second.snapshot, sim.appId('whitewave-staging'))).toBe(sha);
    const slugRequests = sim.requests.slice(before).filter((r) => r.path.includes('/slugs/'));
    expect(slugRequests).toHaveLength(1);
    expect(sim.requests.slice(before).some((r) => r.path.endsWith(`/pipelines/${id}`))).toBe(false);
  });

  it('carries dynos over when includeDynos is false', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'whitewave');
    const first = await load(client, id);
    sim.deploy('whitewave-staging', {message: 'Another change'});
    const before = sim.requests.length;
    const second = await loadPipelineSnapshot(client, id, {
      previous: first.snapshot,
      includeDynos: false,
    });
    const later = sim.requests.slice(before);
    expect(later.some((r) => r.path.endsWith('/dynos') || r.path.endsWith('/formation'))).toBe(
      false,
    );
    expect(second.snapshot.dynos).toEqual(first.snapshot.dynos);
    expect(second.snapshot.formations).toEqual(first.snapshot.formations);
    expect(Object.keys(second.snapshot.dynos)).toHaveLength(3);
  });

  it('can look at dynos on an otherwise idle reload', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'whitewave');
    const first = await load(client, id);
    const quiet = await loadPipelineSnapshot(client, id, {
      previous: first.snapshot,
      refreshDynosWhenIdle: true,
    });
    expect(quiet.changed).toBe(false);
    sim.setDynoState('whitewave-prod', 'worker.1', 'up');
    const woke = await loadPipelineSnapshot(client, id, {
      previous: first.snapshot,
      refreshDynosWhenIdle: true,
    });
    expect(woke.changed).toBe(true);
    const worker = woke.snapshot.dynos[sim.appId('whitewave-prod')]!.find(
      (d) => d.name === 'worker.1',
    );
    expect(worker?.state).toBe('up');
    expect(woke.snapshot.deployedReleases).toBe(first.snapshot.deployedReleases);
  });

  it('sees maintenance mode change on an idle refresh, which no release says', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'whitewave');
    const first = await load(client, id);
    sim.setMaintenance('whitewave-prod', true);
    const after = await loadPipelineSnapshot(client, id, {
      previous: first.snapshot,
      refreshDynosWhenIdle: true,
    });
    expect(after.changed).toBe(true);
    const prod = after.snapshot.apps.find((a) => a.id === sim.appId('whitewave-prod'));
    expect(prod?.maintenance).toBe(true);
  });

  it("leaves one app's dynos unknown when they fail to load, and the board loads", async () => {
    const sim = await simulator();
    const {client} = clientFor(sim, {retry: {limit: 0, baseDelayMs: 1}});
    const prod = sim.appId('whitewave-prod');
    sim.faults.add({kind: 'status', status: 500, path: `/apps/${prod}/dynos`});
    const {snapshot} = await load(client, pipelineId(sim, 'whitewave'));
    expect(snapshot.dynos[prod]).toBeUndefined();
    expect(snapshot.formations[prod]?.length).toBeGreaterThan(0);
    expect(snapshot.dynos[sim.appId('whitewave-staging')]?.length).toBeGreaterThan(0);
  });

  it('loads a large pipeline completely', async () => {
    const sim = await simulator({seed: {largePipeline: {apps: 60}}, pageSize: 25});
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'bigco');
    const {snapshot} = await load(client, id);
    expect(snapshot.couplings).toHaveLength(60);
    expect(snapshot.apps).toHaveLength(60);
    for (const app of sim.state.apps) {
      expect(commitOf(snapshot, app.id), app.name).toBe(runningCommit(sim.state, app));
    }
  });

  it('learns commits from the latest builds and asks only for the slugs they do not name', async () => {
    const sim = await simulator({seed: {largePipeline: {apps: 60}}, pageSize: 25});
    const {client} = clientFor(sim);
    const id = pipelineId(sim, 'bigco');
    // Production runs an older staging slug: no latest build names it.
    const staging = sim.state.apps.find((a) => a.name.endsWith('-staging'))!;
    const production = sim.state.apps.find((a) => a.name.endsWith('-production'))!;
    sim.deploy(staging.name, {message: 'Newer than production'});
    const built = new Set(sim.state.apps.map((a) => a.builds.at(-1)?.slugId));
    const unnamed = sim.state.apps
      .filter((app) => !built.has(codeRelease(app)!.slugId))
      .map((app) => codeRelease(app)!.slugId);
    expect(unnamed).toContain(codeRelease(production)!.slugId);

    const {snapshot} = await load(client, id);
    for (const app of sim.state.apps) {
      expect(commitOf(snapshot, app.id), app.name).toBe(runningCommit(sim.state, app));
    }
    const slugRequests = sim.requests
      .filter((r) => r.path.includes('/slugs/'))
      .map((r) => r.path.split('/').at(-1));
    expect(slugRequests.sort()).toEqual([...unnamed].sort());
    // One list, in pages of 25.
    expect(sim.requests.filter((r) => r.path.endsWith('/latest-builds'))).toHaveLength(3);
  });

  it('asks for every slug when the latest builds cannot be had', async () => {
    const sim = await simulator({seed: {largePipeline: {apps: 30}}});
    sim.faults.add({kind: 'status', status: 503, path: /\/latest-builds$/});
    const {client} = clientFor(sim);
    const {snapshot} = await load(client, pipelineId(sim, 'bigco'));
    for (const app of sim.state.apps) {
      expect(commitOf(snapshot, app.id), app.name).toBe(runningCommit(sim.state, app));
    }
    const slugs = new Set(sim.state.apps.map((app) => codeRelease(app)!.slugId));
    expect(sim.requests.filter((r) => r.path.includes('/slugs/'))).toHaveLength(slugs.size);
  });

  it('takes a build at its word only when it succeeded', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const running = codeRelease(staging)!;
    const build = staging.builds.find((b) => b.slugId === running.slugId)!;
    // A failed build that claims the running slug with another commit is not believed.
    staging.builds.push({...build, id: 'b-failed', status: 'failed', sha: 'f'.repeat(40)});
    const {snapshot} = await load(client, pipelineId(sim, 'whitewave'));
    expect(commitOf(snapshot, staging.id)).toBe(runningCommit(sim.state, staging));
    expect(sim.requests.some((r) => r.path.endsWith(`/slugs/${running.slugId}`))).toBe(true);
  });

  it('fails as a whole when the pipeline is unknown', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    await expect(load(client, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
      id: 'not_found',
    });
  });
});
