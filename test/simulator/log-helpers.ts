import type {WirePromotionTarget} from '../../source/heroku/wire.js';
import type {Simulator} from '../../source/simulator/index.js';
import {call, waitFor} from './helpers.js';

// Promotes the demo's staging app to production and waits until the target succeeded.
export async function promoteToProduction(simulator: Simulator): Promise<void> {
  const pipeline = (
    (await call(simulator, '/pipelines?eq[name]=whitewave')).body as Array<{id: string}>
  )[0]!;
  const created = await call(simulator, '/pipeline-promotions', {
    method: 'POST',
    body: {
      pipeline: {id: pipeline.id},
      source: {app: {id: simulator.appId('whitewave-staging')}},
      targets: [{app: {id: simulator.appId('whitewave-prod')}}],
    },
  });
  const id = (created.body as {id: string}).id;
  await waitFor(async () => {
    const targets = (await call(simulator, `/pipeline-promotions/${id}/promotion-targets`))
      .body as WirePromotionTarget[];
    return targets.every((t) => t.status === 'succeeded') ? true : undefined;
  });
}
