import {
  comparisonSummary,
  comparisonWarnings,
  inMaintenance,
  isContainer,
} from './promotion-checks.js';
import {alreadyRuns, targetGuards, type PlanWarning} from './promotion-guards.js';
import type {PromotionPlanInput} from './promotion-input.js';
import type {PlanApp, PlanTarget} from './promotion-plan-types.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Release} from './types.js';

// One target of a promotion plan: its warnings, whether it starts checked, what it receives.

export function planApp(app: AppCard): PlanApp {
  return {id: app.id, name: sanitizeText(app.name), stage: app.stage};
}

export function buildTarget(
  input: PromotionPlanInput,
  app: AppCard,
  selectedIds: ReadonlySet<string> | null,
  release: Release | null,
  sha: string | null,
): PlanTarget {
  const source = sanitizeText(input.source.name);
  const name = sanitizeText(app.name);
  const details = input.apps?.[app.id];
  const comparison = input.comparisons?.[app.id] ?? null;
  const blocked = isContainer(app, details)
    ? `${name} uses the container stack, which pipelines cannot promote to: push the image to it with \`heroku container:push\` and \`heroku container:release\` instead.`
    : null;
  const checks: PlanWarning[] = [];
  const add = (kind: PlanWarning['kind'], message: string) =>
    checks.push({kind, app: name, message});
  if (blocked) add('container', blocked);
  if (comparison) {
    for (const w of comparisonWarnings(source, name, comparison)) add('commits', w);
  }
  const missing = (input.missingConfigVars?.[app.id] ?? []).map((n) => sanitizeText(n));
  if (missing.length > 0) {
    add(
      'config',
      `${name} lacks ${missing.length === 1 ? 'a config var' : 'config vars'} that ${source} has: ${missing.join(', ')}.`,
    );
  }
  if (inMaintenance(app, details)) add('maintenance', `${name} is in maintenance mode.`);
  checks.push(...targetGuards(input.source, app, comparison));
  const current = alreadyRuns(app, release, sha, comparison);
  const wanted =
    selectedIds === null
      ? current === null || input.includeCurrent === true
      : selectedIds.has(app.id);
  return {
    app: planApp(app),
    selected: blocked === null && wanted,
    blocked,
    current,
    wave: 0,
    warnings: checks.map((c) => c.message),
    checks,
    comparison: comparison?.status ?? 'unknown',
    commits: comparison && comparison.status !== 'identical' ? comparison.commits : [],
    removedCommits:
      comparison && (comparison.status === 'behind' || comparison.status === 'diverged')
        ? comparison.behindCommits
        : [],
    summary: current !== null ? 'already runs this code' : comparisonSummary(comparison),
  };
}
