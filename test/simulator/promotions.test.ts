import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator, SimulatorOptions} from '../../source/simulator/index.js';
import type {WirePromotion, WirePromotionTarget, WireRelease} from '../../source/heroku/wire.js';
import {call, waitFor} from './helpers.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function start(options: SimulatorOptions = {}) {
  sim = await startSimulator({promotionStepMs: 40, ...options});
  const pipeline = (
    (await call(sim, '/pipelines?eq[name]=whitewave')).body as Array<{id: string}>
  )[0]!;
  return {pipelineId: pipeline.id};
}

async function releases(app: string): Promise<WireRelease[]> {
  const answer = await call(sim, `/apps/${app}/releases`, {
    headers: {Range: 'version ..; max=1000, order=desc'},
  });
  return answer.body as WireRelease[];
}

function promote(
  pipelineId: string,
  options: {release?: string; targets?: string[]; twoFactorCode?: string} = {},
) {
  return call(sim, '/pipeline-promotions', {
    method: 'POST',
    headers: options.twoFactorCode ? {'Heroku-Two-Factor-Code': options.twoFactorCode} : {},
    body: {
      pipeline: {id: pipelineId},
      source: {
        app: {id: sim.appId('whitewave-staging')},
        ...(options.release ? {release: {id: options.release}} : {}),
      },
      targets: (options.targets ?? ['whitewave-prod']).map((name) => ({
        app: {id: sim.appId(name)},
      })),
    },
  });
}

async function targetsOf(id: string): Promise<WirePromotionTarget[]> {
  return (await call(sim, `/pipeline-promotions/${id}/promotion-targets`))
    .body as WirePromotionTarget[];
}

async function settled(id: string): Promise<WirePromotionTarget[]> {
  return waitFor(async () => {
    const targets = await targetsOf(id);
    return targets.every((t) => t.status !== 'pending') ? targets : undefined;
  });
}

describe('promotions', () => {
  it('goes pending, then a pending release on the target, then succeeded and completed', async () => {
    const {pipelineId} = await start({promotionStepMs: 300});
    const source = (await releases('whitewave-staging')).find(
      (r) => r.status === 'succeeded' && r.slug,
    )!;
    const created = await promote(pipelineId, {release: source.id});
    expect(created.status).toBe(201);
    const promotion = created.body as WirePromotion;
    expect(promotion).toMatchObject({status: 'pending', source: {release: {id: source.id}}});
    expect(await targetsOf(promotion.id)).toMatchObject([{status: 'pending', release: null}]);

    const started = await waitFor(
      async () => (await targetsOf(promotion.id))[0]?.release ?? undefined,
    );
    const pending = (await call(sim, `/apps/whitewave-prod/releases/${started.id}`))
      .body as WireRelease;
    expect(pending.status).toBe('pending');
    expect(pending.slug).toEqual(source.slug);
    const sha = (
      (await call(sim, `/apps/whitewave-staging/slugs/${source.slug!.id}`)).body as {commit: string}
    ).commit;
    expect(pending.description).toBe(
      `Promote whitewave-staging v${source.version} ${sha.slice(0, 8)}`,
    );
    expect(pending.output_stream_url).toMatch(/\/streams\//);
    const early = await fetch(pending.output_stream_url!);
    expect(early.status).toBe(404);

    const [target] = await settled(promotion.id);
    expect(target).toMatchObject({status: 'succeeded', error_message: null});
    const done = (await call(sim, `/pipeline-promotions/${promotion.id}`)).body as WirePromotion;
    expect(done.status).toBe('completed');
    const live = (await call(sim, `/apps/whitewave-prod/releases/${started.id}`))
      .body as WireRelease;
    expect(live).toMatchObject({status: 'succeeded', current: true});
    const output = await fetch(live.output_stream_url!);
    expect(output.status).toBe(200);
    expect(await output.text()).toContain('Release command completed successfully');
    const dynos = (await call(sim, '/apps/whitewave-prod/dynos')).body as Array<{state: string}>;
    expect(dynos.every((d) => d.state === 'up')).toBe(true);
  });

  it('fails the next promotion to an app with the given message, and only the next', async () => {
    const {pipelineId} = await start();
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const first = (await promote(pipelineId)).body as WirePromotion;
    const [failed] = await settled(first.id);
    expect(failed).toMatchObject({status: 'failed', error_message: 'release command failed'});
    const release = (await call(sim, `/apps/whitewave-prod/releases/${failed!.release!.id}`))
      .body as WireRelease;
    expect(release).toMatchObject({status: 'failed', current: false});
    expect((await call(sim, `/pipeline-promotions/${first.id}`)).body).toMatchObject({
      status: 'completed',
    });

    const second = (await promote(pipelineId)).body as WirePromotion;
    expect(await settled(second.id)).toMatchObject([{status: 'succeeded'}]);
  });

  it("uses the source's current code release when none is pinned, and records the pin", async () => {
    const {pipelineId} = await start();
    const code = (await releases('whitewave-staging')).find(
      (r) => r.status === 'succeeded' && r.slug,
    )!;
    const older = (await releases('whitewave-staging')).filter(
      (r) => r.slug && r.status === 'succeeded',
    )[3]!;
    const unpinned = (await promote(pipelineId)).body as WirePromotion;
    expect(unpinned.source.release.id).toBe(code.id);
    await settled(unpinned.id);
    const pinned = (await promote(pipelineId, {release: older.id})).body as WirePromotion;
    await settled(pinned.id);
    const prod = (await releases('whitewave-prod'))[0]!;
    expect(prod.slug).toEqual(older.slug);
    expect(sim.promotions()).toEqual([
      expect.objectContaining({releaseId: null, targetAppIds: [sim.appId('whitewave-prod')]}),
      expect.objectContaining({releaseId: older.id, sourceAppId: sim.appId('whitewave-staging')}),
    ]);
  });

  it('refuses container-stack apps, foreign targets and unknown releases', async () => {
    const {pipelineId} = await start();
    const foreign = await promote(pipelineId, {targets: ['bluebird-production']});
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({id: 'invalid_params'});
    expect(
      (await promote(pipelineId, {release: 'f00dfeed-0000-4000-8000-000000000000'})).status,
    ).toBe(404);
    sim.state.apps.find((a) => a.name === 'whitewave-prod')!.stack = 'container';
    const container = await promote(pipelineId);
    expect(container.status).toBe(422);
    expect((container.body as {message: string}).message).toMatch(/container stack/);
    expect(sim.promotions()).toHaveLength(0);
  });
});

describe('two-factor', () => {
  it('answers 403 two_factor until the header carries the code', async () => {
    const {pipelineId} = await start({twoFactorCode: '424242'});
    const missing = await promote(pipelineId);
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({id: 'two_factor'});
    expect((await promote(pipelineId, {twoFactorCode: '000000'})).status).toBe(403);
    const ok = await promote(pipelineId, {twoFactorCode: '424242'});
    expect(ok.status).toBe(201);
    expect(sim.promotions()).toEqual([expect.objectContaining({twoFactorCode: '424242'})]);
    expect((await call(sim, '/account')).body).toMatchObject({two_factor_authentication: true});
  });

  it('guards rollback the same way', async () => {
    await start({twoFactorCode: '424242'});
    const target = (await releases('whitewave-prod')).find((r) => r.eligible_for_rollback)!;
    const body = {release: target.id};
    const refused = await call(sim, '/apps/whitewave-prod/releases', {method: 'POST', body});
    expect(refused.body).toMatchObject({id: 'two_factor'});
    const accepted = await call(sim, '/apps/whitewave-prod/releases', {
      method: 'POST',
      body,
      headers: {'Heroku-Two-Factor-Code': '424242'},
    });
    expect(accepted.status).toBe(201);
  });
});

describe('rollback', () => {
  it("creates `Rollback to vN` running that release's slug and config", async () => {
    await start();
    const history = await releases('whitewave-prod');
    const [current, target] = history;
    expect(current!.description).toBe('Set WEB_CONCURRENCY config vars');
    expect(current!.eligible_for_rollback).toBe(false);
    expect(target!.eligible_for_rollback).toBe(true);
    expect((await call(sim, '/apps/whitewave-prod/config-vars')).body).toMatchObject({
      WEB_CONCURRENCY: '4',
    });

    const answer = await call(sim, '/apps/whitewave-prod/releases', {
      method: 'POST',
      body: {release: target!.id},
    });
    expect(answer.status).toBe(201);
    const rollback = answer.body as WireRelease;
    expect(rollback).toMatchObject({
      version: current!.version + 1,
      description: `Rollback to v${target!.version}`,
      slug: target!.slug,
    });
    await waitFor(async () => {
      const now = (await call(sim, `/apps/whitewave-prod/releases/${rollback.version}`))
        .body as WireRelease;
      return now.status === 'succeeded' ? now : undefined;
    });
    expect((await call(sim, '/apps/whitewave-prod/config-vars')).body).toMatchObject({
      WEB_CONCURRENCY: '2',
    });
  });

  it('answers 422 for a release that is not eligible and 404 for an unknown one', async () => {
    await start();
    const [current] = await releases('whitewave-prod');
    const refused = await call(sim, '/apps/whitewave-prod/releases', {
      method: 'POST',
      body: {release: current!.id},
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({id: 'invalid_params'});
    const unknown = await call(sim, '/apps/whitewave-prod/releases', {
      method: 'POST',
      body: {release: 'f00dfeed-0000-4000-8000-000000000000'},
    });
    expect(unknown.status).toBe(404);
  });
});
