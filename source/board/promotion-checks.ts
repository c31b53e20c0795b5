import {plural} from '../shared/plural.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {PlanAppDetails, PromotionPlanInput} from './promotion-input.js';
import type {AppCard, CommitComparison, Release} from './types.js';
import type {CiStatus} from './ci-status.js';

// The checks behind a promotion plan's warnings and refusals.

// Heroku cannot copy a Docker image between apps through a pipeline.
export const CONTAINER_STACK = 'container';

export function isContainer(app: AppCard, details: PlanAppDetails | undefined): boolean {
  const stack = details?.stack !== undefined ? details.stack : app.stack;
  return stack === CONTAINER_STACK;
}

export function inMaintenance(app: AppCard, details: PlanAppDetails | undefined): boolean {
  return details?.maintenance ?? app.maintenance;
}

export function comparisonWarnings(source: string, target: string, c: CommitComparison): string[] {
  const behind = c.behind ?? c.behindCommits.length;
  if (c.status === 'behind') {
    return [
      `${target} has ${plural(behind, 'commit')} that ${source} lacks: promoting removes them.`,
    ];
  }
  if (c.status === 'diverged') {
    return [
      `${target} has diverged from ${source}: promoting removes its ${plural(behind, 'commit')} that ${source} lacks.`,
    ];
  }
  return [];
}

export function comparisonSummary(c: CommitComparison | null | undefined): string {
  if (!c) return 'commits not compared';
  switch (c.status) {
    case 'identical':
      return 'already runs this code';
    case 'ahead':
      return plural(c.ahead ?? c.commits.length, 'new commit');
    case 'behind':
      return `${plural(c.behind ?? c.behindCommits.length, 'commit')} would be removed`;
    case 'diverged':
      return `${plural(c.ahead ?? c.commits.length, 'new commit')}, ${c.behind ?? c.behindCommits.length} removed`;
    case 'unknown':
      return c.reason ? `commits unknown: ${sanitizeText(c.reason)}` : 'commits unknown';
  }
}

// Problems with what would ship, whatever the targets: each one stops the promotion.
export function sourceProblems(input: PromotionPlanInput, release: Release | null): string[] {
  const name = sanitizeText(input.source.name);
  const problems: string[] = [];
  const explicit = (input.targetAppIds ?? null) !== null;
  if (!explicit && input.source.stage === 'production') {
    problems.push(`${name} is a production app: there is no later stage to promote it to.`);
  }
  if (!explicit && input.source.stage === 'review') {
    problems.push(`${name} is a review app: review apps are not promoted by default.`);
  }
  if (isContainer(input.source, input.apps?.[input.source.id])) {
    problems.push(`${name} uses the container stack, which pipelines cannot promote.`);
  }
  if (!release) {
    problems.push(`${name} has no release with code to promote.`);
    return problems;
  }
  if (release.status !== 'succeeded') {
    problems.push(`${name} v${release.version} has not succeeded (${release.status}).`);
  }
  if (release.slugId === null && release.ociImageId === null) {
    problems.push(`${name} v${release.version} carries no build to promote.`);
  }
  return problems;
}

// Worth knowing but no reason to stop: the newest release is not the one that will ship,
// or the config vars could not be checked.
export function sourceNotes(input: PromotionPlanInput, release: Release | null): string[] {
  const notes: string[] = [];
  const newest = input.source.release;
  const name = sanitizeText(input.source.name);
  const replaced = release && newest && newest.id !== release.id && !input.release;
  if (replaced && (newest.status === 'failed' || newest.status === 'pending')) {
    notes.push(
      `${name}'s newest release v${newest.version} is ${newest.status}; v${release.version}, what runs now, will ship.`,
    );
  }
  if (input.configVarsUnknown) {
    notes.push(`Config vars were not compared: ${sanitizeText(input.configVarsUnknown)}`);
  }
  notes.push(...ciWarnings(input.ci));
  return notes;
}

// The dialog draws this warning red; a running CI is a yellow one.
export const CI_FAILED = 'CI failed';

export function ciWarnings(ci: CiStatus | null | undefined): string[] {
  const named = (state: string) =>
    ci?.checks.filter((c) => c.state === state).map((c) => sanitizeText(c.name)) ?? [];
  if (ci?.state === 'failed') {
    const failed = named('failed');
    return [
      `${CI_FAILED} for the commit that would ship${failed.length ? `: ${failed.join(', ')}` : ''}.`,
    ];
  }
  if (ci?.state === 'running') {
    const running = named('running');
    return [
      `CI is still running for the commit that would ship${running.length ? `: ${running.join(', ')}` : ''}.`,
    ];
  }
  return [];
}
