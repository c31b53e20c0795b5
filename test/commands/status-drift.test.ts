import {describe, expect, it} from 'vitest';
import {buildDrift, type DriftSide} from '../../source/board/drift.js';
import type {AppCard} from '../../source/board/types.js';
import {driftForBoard} from '../../source/commands/status-drift.js';
import {ApiError} from '../../source/heroku/errors.js';
import {makeApp, makeBoard} from '../ui/fixtures.js';
import {servicesWith} from '../ui/drift/frames.js';

function side(app: AppCard, config: DriftSide['config']): DriftSide {
  return {
    appId: app.id,
    app: app.name,
    stage: app.stage,
    config,
    addons: [],
    formation: [],
    stack: 'heroku-24',
    region: 'us',
    buildpacks: [],
  };
}

describe('driftForBoard', () => {
  it('reports development -> staging and staging -> production, with a failing pair as an error', async () => {
    const board = makeBoard([
      makeApp('shop-pr-1', 'review'),
      makeApp('shop-dev', 'development'),
      makeApp('shop-staging', 'staging'),
      makeApp('shop-prod', 'production'),
    ]);
    const services = servicesWith({
      drift: async (from, to) => {
        if (from.name === 'shop-dev') {
          throw new ApiError('You do not have access to the app shop-dev.', {
            status: 403,
            id: 'forbidden',
            requestId: 'req-1',
          });
        }
        return buildDrift({
          from: side(from, {NEW_FLAG: 0, DATABASE_URL: 0}),
          to: side(to, {DATABASE_URL: 1}),
        });
      },
    });
    const documents = await driftForBoard(services, board);
    expect(documents).toEqual([
      {
        from: 'shop-dev',
        to: 'shop-staging',
        error: 'You do not have access to the app shop-dev. (Request-Id req-1)',
      },
      expect.objectContaining({
        from: 'shop-staging',
        to: 'shop-prod',
        configOnlyIn: {from: ['NEW_FLAG'], to: []},
        configDiffers: ['DATABASE_URL'],
        summary: '1 config var missing on production, 1 config var differs',
        error: null,
      }),
    ]);
  });

  it('is empty for a board without pairs', async () => {
    const board = makeBoard([makeApp('lonely-staging', 'staging')]);
    expect(await driftForBoard(servicesWith({}), board)).toEqual([]);
  });
});
