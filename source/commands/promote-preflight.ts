import {selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {assignWaves, sequentialWaves} from '../board/promotion-waves.js';
import {ConfigError} from '../shared/errors.js';
import type {PromoteDocument} from './promote-output.js';
import {planText, planWarnings, skippedTargets} from './promote-plan-text.js';

// What `promote` settles before asking or sending: the waves, nothing left to do (exit 0),
// a refusal (exit 1, said once), a promotion backwards without --force (exit 2).

// What the checks need of `promote`'s input (PromoteInput in promote.ts).
type PreflightInput = {
  yes: boolean;
  json: boolean;
  to?: string[];
  waves?: string[];
  sequential?: boolean;
  force?: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
};

function withWaves(input: PreflightInput, plan: PromotionPlan): PromotionPlan {
  if (input.waves !== undefined && input.sequential) {
    throw new ConfigError('--waves and --sequential cannot be used together: choose one.');
  }
  if (input.sequential) return sequentialWaves(plan);
  if (input.waves === undefined) return plan;
  const waved = assignWaves(plan, input.waves);
  if (typeof waved === 'string') throw new ConfigError(waved);
  return waved;
}

function nothingDocument(plan: PromotionPlan, message: string): PromoteDocument {
  const release = plan.source.release;
  return {
    promotion: {id: null},
    pipeline: plan.pipeline.name,
    source: {
      app: plan.source.app.name,
      release: {id: release?.id ?? '', version: release?.version ?? 0, sha: release?.sha ?? null},
    },
    targets: [],
    succeeded: true,
    message,
    follow: null,
    warnings: planWarnings(plan),
    skipped: skippedTargets(plan),
  };
}

export function preflight(input: PreflightInput, resolved: PromotionPlan): PromotionPlan | number {
  const plan = withWaves(input, resolved);
  const printed = !input.json || !input.yes;
  if (printed) input.stderr.write(planText(plan));
  if (plan.nothingToDo !== null) {
    const message = `${plan.nothingToDo} Nothing was sent; --include-current promotes anyway.`;
    input.stderr.write(`${message}\n`);
    if (input.json) {
      input.stdout.write(`${JSON.stringify(nothingDocument(plan, message), null, 2)}\n`);
    }
    return 0;
  }
  if (!plan.promotable) {
    const reason = plan.reason ?? 'This promotion cannot be made.';
    const review = input.to === undefined && plan.source.app.stage === 'review';
    if (plan.targets.length === 0 || review) throw new ConfigError(reason);
    // A refusal of the operation, not of the command line: said once, exit 1.
    if (!printed || !plan.warnings.includes(reason)) input.stderr.write(`${reason}\n`);
    return 1;
  }
  const backwards = selectedTargets(plan).filter((t) =>
    t.checks.some((c) => c.kind === 'backwards'),
  );
  if (backwards.length > 0 && !input.force) {
    const names = backwards.map((t) => `${t.app.name} (${t.app.stage})`).join(', ');
    input.stderr.write(
      `Refusing to promote backwards from ${plan.source.app.name} (${plan.source.app.stage}) to ${names}: pass --force if that is meant.\n`,
    );
    return 2;
  }
  return plan;
}
