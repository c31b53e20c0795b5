import type {Drift} from '../board/drift.js';
import type {AppCard} from '../board/types.js';

// What the drift view and the promotion dialog ask of the outside world.
// Implemented in source/services/drift.ts; part of Services (./services.ts).
export type DriftServices = {
  // Everything but the code that differs between an upstream app and a downstream one.
  // Config var values are compared and dropped by the implementation: the result holds names.
  drift(from: AppCard, to: AppCard): Promise<Drift>;
  // target app id -> names of config vars the source has and that target lacks, sorted.
  missingConfigVars(source: AppCard, targets: AppCard[]): Promise<Record<string, string[]>>;
};
