import type {Services} from '../contract/services.js';
import {createCoreServices} from './core.js';
import type {ServicesDeps} from './deps.js';
import {createDriftServices} from './drift.js';
import {createOverviewServices} from './overview.js';
import {createPromotionServices, type RunnerOptions} from './promotion.js';

// Everything the screens and the commands call, over one set of dependencies. The drift
// services are built once: the promotion plan asks them for missing config vars too.
export function createServices(deps: ServicesDeps, runner: RunnerOptions = {}): Services {
  const drift = createDriftServices(deps);
  return {
    ...createCoreServices(deps),
    ...createPromotionServices(deps, drift, runner),
    ...drift,
    ...createOverviewServices(deps),
  };
}
