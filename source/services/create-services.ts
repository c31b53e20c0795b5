import type {Services} from '../contract/services.js';
import {createCoreServices} from './core.js';
import type {ServicesDeps} from './deps.js';
import {createDriftServices} from './drift.js';
import {createNotesServices} from './notes.js';
import {createLogServices} from './logs.js';
import {createOverviewServices} from './overview.js';
import {createPromotionServices, type RunnerOptions} from './promotion.js';
import {createSetupServices} from './setup.js';

// Everything the screens and the commands call, over one set of dependencies. The drift
// services are built once: the promotion plan asks them for missing config vars too.
export function createServices(deps: ServicesDeps, runner: RunnerOptions = {}): Services {
  const drift = createDriftServices(deps);
  const core = createCoreServices(deps);
  const promotion = createPromotionServices(deps, drift, runner);
  return {
    ...core,
    ...promotion,
    ...drift,
    ...createNotesServices(deps, core, promotion),
    ...createSetupServices(deps.client),
    ...createLogServices(deps),
    ...createOverviewServices(deps),
  };
}
