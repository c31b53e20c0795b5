import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, it} from 'vitest';
import {runSimulate} from '../../source/commands/simulate.js';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator} from '../../source/simulator/index.js';
import {DEMO_FLEET} from '../../source/simulator/seed-demo.js';
import {fleetName} from '../../source/simulator/seed-fleet.js';
import type {
  WireAddon,
  WireApp,
  WireBuild,
  WireCoupling,
  WireDyno,
  WireOciImage,
  WirePipeline,
  WireRelease,
} from '../../source/heroku/wire.js';
import {call} from './helpers.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const get = async <T>(path: string, headers: Record<string, string> = {}) =>
  (await call(sim, path, {headers})).body as T;

async function pipeline(name: string) {
  const [found] = await get<WirePipeline[]>(`/pipelines?eq[name]=${name}`);
  const couplings = await get<WireCoupling[]>(`/pipelines/${found!.id}/pipeline-couplings`);
  const apps = await get<WireApp[]>('/apps');
  const stageOf = Object.fromEntries(
    couplings.map((c) => [apps.find((a) => a.id === c.app.id)!.name, c.stage]),
  );
  return {pipeline: found!, stageOf};
}

describe('demo seed', () => {
  it('has whitewave (team) with every stage, bluebird (user), tally and ledger', async () => {
    sim = await startSimulator();
    const names = (await get<WirePipeline[]>('/pipelines')).map((p) => p.name).sort();
    const fleet = Array.from({length: DEMO_FLEET}, (_, n) => fleetName(n));
    expect(names).toEqual(['bluebird', 'ledger', 'tally', 'whitewave', ...fleet].sort());
    expect((await pipeline('ledger')).stageOf).toEqual({
      'ledger-staging': 'staging',
      'ledger-production': 'production',
    });
    const whitewave = await pipeline('whitewave');
    expect(whitewave.pipeline.owner).toMatchObject({type: 'team'});
    expect(whitewave.stageOf).toEqual({
      'whitewave-pr-412': 'review',
      'whitewave-pr-415': 'review',
      'whitewave-pr-418': 'review',
      'whitewave-dev': 'development',
      'whitewave-staging': 'staging',
      'whitewave-prod': 'production',
    });
    expect((await pipeline('bluebird')).pipeline.owner).toMatchObject({type: 'user'});
    expect((await pipeline('tally')).stageOf).toEqual({
      'tally-prod': 'staging',
      'tally-live': 'production',
    });
    const lone = await call(sim, '/apps/avery-sandbox/pipeline-couplings');
    expect(lone.status).toBe(404);
    const coupled = await get<WireCoupling>('/apps/whitewave-prod/pipeline-couplings');
    expect(coupled).toMatchObject({stage: 'production', pipeline: {name: 'whitewave'}});
  });

  it('mixes deploys, promotions, config and add-on releases, and a failed deploy', async () => {
    sim = await startSimulator();
    const staging = await get<WireRelease[]>('/apps/whitewave-staging/releases');
    const descriptions = staging.map((r) => r.description);
    expect(descriptions).toContain('Set FEATURE_CHECKOUT_V2 config vars');
    expect(
      descriptions.some((d) => /^Attach DATABASE \(@ref:postgresql-[a-z]+-\d+\)$/.test(d!)),
    ).toBe(true);
    const failed = staging.find((r) => r.status === 'failed')!;
    expect(failed.description).toMatch(/^Deploy [0-9a-f]{8}$/);
    const failedOutput = await fetch(failed.output_stream_url!);
    expect(await failedOutput.text()).toContain('LockWaitTimeout');

    const prod = await get<WireRelease[]>('/apps/whitewave-prod/releases', {
      Range: 'version ..; order=desc',
    });
    expect(prod[0]).toMatchObject({
      description: 'Set WEB_CONCURRENCY config vars',
      slug: null,
      current: true,
    });
    expect(prod[1]!.description).toMatch(/^Promote whitewave-staging v\d+ [0-9a-f]{8}$/);
    const slug = await get<{commit: string}>(`/apps/whitewave-prod/slugs/${prod[1]!.slug!.id}`);
    expect(slug.commit).toMatch(/^[0-9a-f]{40}$/);
    const builds = await get<WireBuild[]>('/apps/whitewave-staging/builds');
    expect(builds.at(-1)!.source_blob?.version).toMatch(/^[0-9a-f]{40}$/);
  });

  it('answers the pipeline-wide latest releases and latest deployments', async () => {
    sim = await startSimulator();
    const {pipeline: whitewave} = await pipeline('whitewave');
    const latest = await get<WireRelease[]>(`/pipelines/${whitewave.id}/latest-releases`);
    const deployments = await get<WireRelease[]>(`/pipelines/${whitewave.id}/latest-deployments`);
    expect(latest).toHaveLength(6);
    const prodId = sim.appId('whitewave-prod');
    expect(latest.find((r) => r.app?.id === prodId)).toMatchObject({slug: null});
    expect(deployments.find((r) => r.app?.id === prodId)!.slug).not.toBeNull();
    expect(deployments.every((r) => r.slug !== null || r.oci_image !== null)).toBe(true);
  });

  it('answers the newest build of every app of a pipeline', async () => {
    sim = await startSimulator();
    const {pipeline: whitewave} = await pipeline('whitewave');
    const builds = await get<WireBuild[]>(`/pipelines/${whitewave.id}/latest-builds`);
    const withBuilds = sim.state.apps.filter(
      (app) =>
        app.builds.length > 0 &&
        sim.state.couplings.some((c) => c.appId === app.id && c.pipelineId === whitewave.id),
    );
    expect(builds.map((b) => b.app?.id).sort()).toEqual(withBuilds.map((a) => a.id).sort());
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const newest = staging.builds.at(-1)!;
    expect(builds.find((b) => b.app?.id === staging.id)).toMatchObject({
      id: newest.id,
      status: 'succeeded',
      slug: {id: newest.slugId},
      source_blob: {version: newest.sha},
    });
    // Production is promoted to, never built.
    expect(builds.some((b) => b.app?.id === sim.appId('whitewave-prod'))).toBe(false);
    expect((await call(sim, '/pipelines/nope/latest-builds')).status).toBe(404);
  });

  it('has a crashed worker, an app in maintenance and a Fir app with an OCI image', async () => {
    sim = await startSimulator();
    const dynos = await get<WireDyno[]>('/apps/whitewave-prod/dynos');
    expect(dynos.find((d) => d.name === 'worker.1')!.state).toBe('crashed');
    expect((await get<WireApp>('/apps/whitewave-dev')).maintenance).toBe(true);
    const fir = await get<WireApp>('/apps/whitewave-pr-418');
    expect(fir.generation?.name).toBe('fir');
    const [release] = await get<WireRelease[]>('/apps/whitewave-pr-418/releases', {
      Range: 'version ..; max=1, order=desc',
    });
    expect(release!.slug).toBeNull();
    const images = await get<WireOciImage[]>(
      `/apps/whitewave-pr-418/oci-images/${release!.oci_image!.id}`,
    );
    expect(images).toHaveLength(1);
    expect(images[0]!.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lets staging and production drift in config, add-ons and stack', async () => {
    sim = await startSimulator();
    const stagingVars = await get<Record<string, string>>('/apps/whitewave-staging/config-vars');
    const prodVars = await get<Record<string, string>>('/apps/whitewave-prod/config-vars');
    expect(stagingVars.FEATURE_CHECKOUT_V2).toBe('true');
    expect(prodVars).not.toHaveProperty('FEATURE_CHECKOUT_V2');
    expect(stagingVars.STRIPE_SECRET_KEY).not.toBe(prodVars.STRIPE_SECRET_KEY);
    const plan = async (app: string) =>
      (await get<WireAddon[]>(`/apps/${app}/addons`)).find(
        (a) => a.addon_service.name === 'heroku-postgresql',
      )!.plan.name;
    expect(await plan('whitewave-staging')).toBe('heroku-postgresql:essential-0');
    expect(await plan('whitewave-prod')).toBe('heroku-postgresql:standard-0');
    const stack = async (app: string) => (await get<WireApp>(`/apps/${app}`)).stack?.name;
    expect(await stack('bluebird-staging')).not.toBe(await stack('bluebird-production'));
    const formation = await get<Array<{type: string; quantity: number}>>(
      '/apps/whitewave-prod/formation',
    );
    expect(formation).toEqual([
      expect.objectContaining({type: 'web', quantity: 2}),
      expect.objectContaining({type: 'worker', quantity: 1}),
    ]);
    const buildpacks = await get<Array<{ordinal: number}>>(
      '/apps/whitewave-prod/buildpack-installations',
    );
    expect(buildpacks.map((b) => b.ordinal)).toEqual([0, 1]);
  });

  it('dates everything relative to start, within the past', async () => {
    const before = Date.now();
    sim = await startSimulator();
    const releases = await get<WireRelease[]>('/apps/whitewave-staging/releases', {
      Range: 'version ..; max=1, order=desc',
    });
    const age = before - Date.parse(releases[0]!.created_at);
    expect(age).toBeGreaterThan(60 * 60_000);
    expect(age).toBeLessThan(3 * 60 * 60_000);
  });
});

describe('seeds', () => {
  it("'empty' has an account and nothing else", async () => {
    sim = await startSimulator({seed: 'empty'});
    expect((await call(sim, '/account')).status).toBe(200);
    expect(await get<unknown[]>('/pipelines')).toEqual([]);
  });

  it('largePipeline makes bigco with staging, production and N-2 other apps', async () => {
    sim = await startSimulator({seed: {largePipeline: {apps: 60}}});
    const {stageOf} = await pipeline('bigco');
    const stages = Object.values(stageOf);
    expect(stages).toHaveLength(60);
    expect(stages.filter((s) => s === 'staging')).toHaveLength(1);
    expect(stages.filter((s) => s === 'production')).toHaveLength(1);
    expect(stages.filter((s) => s === 'review' || s === 'development')).toHaveLength(58);
    const review = Object.keys(stageOf).find((name) => stageOf[name] === 'review')!;
    const releases = await get<WireRelease[]>(`/apps/${review}/releases`);
    expect(releases.length).toBeGreaterThanOrEqual(3);
    expect(releases.some((r) => r.slug)).toBe(true);
  });
});

describe('runSimulate', () => {
  it('prints the URL, the token and the environment to use it, and serves', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    sim = await runSimulate({port: 0}, out);
    expect(printed).toContain(sim.url);
    expect(printed).toContain(`HEROKU_HOST=${sim.url}`);
    expect(printed).toContain(`HEROKU_API_KEY=${sim.token}`);
    expect(printed).toContain(`PIPELINE_TUI_KOLKRABBI_URL=${sim.kolkrabbiUrl}`);
    expect(printed).toContain(`GITHUB_API_URL=${sim.githubUrl}`);
    expect(printed).toContain(`GITLAB_URL=${sim.gitlabUrl}`);
    expect(printed).toContain(`GITLAB_TOKEN=${sim.gitlabToken}`);
    expect(printed).toContain(
      'GITLAB_PROJECTS=ledger-staging=northwind/ledger,ledger-production=northwind/ledger',
    );
    expect((await call(sim, '/account')).status).toBe(200);
  });
});
