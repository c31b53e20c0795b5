import type {LogServices} from '../contract/logs.js';
import {appLogSource} from '../heroku/log-source.js';
import type {ServicesDeps} from './deps.js';
import {herokuVerifyTargets, verifyPromotion} from './verify-promotion.js';

// Lines of history a log pane opens with, before the tail.
export const PANE_HISTORY_LINES = 500;

export function createLogServices(deps: Pick<ServicesDeps, 'client' | 'now'>): LogServices {
  return {
    appLog: (app, options = {}) =>
      appLogSource(deps.client, app, {
        tail: true,
        lines: PANE_HISTORY_LINES,
        generation: options.generation ?? undefined,
      }),
    verifyPromotion: (request) =>
      verifyPromotion({
        ...request,
        targets: herokuVerifyTargets(deps.client, request.targets),
        now: deps.now,
      }),
  };
}
