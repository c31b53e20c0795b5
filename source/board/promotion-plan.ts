import {shortSha} from '../shared/short-sha.js';
import {confirmationFor, type Confirmation} from './confirmation.js';
import {
  comparisonSummary,
  comparisonWarnings,
  inMaintenance,
  isContainer,
  sourceNotes,
  sourceProblems,
} from './promotion-checks.js';
import {sanitizeText} from '../shared/sanitize.js';
import {appsInStage, findApp, nextStage} from './stages.js';
import type {PromotionPlanInput} from './promotion-input.js';
import type {CiStatus} from './ci-status.js';
import type {
  AppCard,
  Board,
  CommitDetail,
  ComparisonStatus,
  Release,
  ReleaseStatus,
  Stage,
} from './types.js';

export {CONTAINER_STACK} from './promotion-checks.js';

export type PlanApp = {id: string; name: string; stage: Stage};

export type PlanRelease = {
  id: string;
  version: number;
  sha: string | null;
  status: ReleaseStatus;
  description: string;
  createdAt: string;
  user: string | null;
};

export type PlanTarget = {
  app: PlanApp;
  selected: boolean;
  // Why this target cannot be chosen at all (container stack); null when it can.
  blocked: string | null;
  warnings: string[];
  comparison: ComparisonStatus;
  // What the source release brings to this target, oldest first.
  commits: CommitDetail[];
  // What this target has that the source lacks: lost by promoting, oldest first.
  removedCommits: CommitDetail[];
  // One line: '3 new commits', 'already runs this code', 'unknown: <reason>'.
  summary: string;
};

export type PromotionPlan = {
  pipeline: {id: string; name: string};
  source: {app: PlanApp; release: PlanRelease | null};
  targets: PlanTarget[];
  // What reaches the selected targets: the union of their commits, oldest first.
  commits: CommitDetail[];
  // What the selected targets would lose, oldest first.
  removedCommits: CommitDetail[];
  // What stops the promotion whatever the targets (e.g. a failed source release).
  problems: string[];
  // About the source, not stopping anything.
  notes: string[];
  // Problems, notes and every selected target's warnings, in reading order.
  warnings: string[];
  promotable: boolean;
  reason: string | null;
  confirmation: Confirmation;
  // The CI status of the commit that would ship; null when not asked.
  ci?: CiStatus | null;
};

function planApp(app: AppCard): PlanApp {
  return {id: app.id, name: sanitizeText(app.name), stage: app.stage};
}

function planRelease(release: Release | null, sha: string | null): PlanRelease | null {
  if (!release) return null;
  return {
    id: release.id,
    version: release.version,
    sha,
    status: release.status,
    description: sanitizeText(release.description),
    createdAt: release.createdAt,
    user: release.user === null ? null : sanitizeText(release.user),
  };
}

function defaultTargets(board: Board, source: AppCard): AppCard[] {
  const next = nextStage(source.stage);
  if (next === null) return [];
  return appsInStage(board, next).filter((app) => app.id !== source.id);
}

function buildTarget(
  input: PromotionPlanInput,
  app: AppCard,
  selectedIds: ReadonlySet<string> | null,
): PlanTarget {
  const source = sanitizeText(input.source.name);
  const name = sanitizeText(app.name);
  const details = input.apps?.[app.id];
  const comparison = input.comparisons?.[app.id] ?? null;
  const blocked = isContainer(app, details)
    ? `${name} uses the container stack, which pipelines cannot promote to.`
    : null;
  const warnings: string[] = [];
  if (blocked) warnings.push(blocked);
  if (comparison) warnings.push(...comparisonWarnings(source, name, comparison));
  const missing = (input.missingConfigVars?.[app.id] ?? []).map((n) => sanitizeText(n));
  if (missing.length > 0) {
    warnings.push(
      `${name} lacks ${missing.length === 1 ? 'a config var' : 'config vars'} that ${source} has: ${missing.join(', ')}.`,
    );
  }
  if (inMaintenance(app, details)) warnings.push(`${name} is in maintenance mode.`);
  const wanted = selectedIds === null || selectedIds.has(app.id);
  return {
    app: planApp(app),
    selected: blocked === null && wanted,
    blocked,
    warnings,
    comparison: comparison?.status ?? 'unknown',
    commits: comparison && comparison.status !== 'identical' ? comparison.commits : [],
    removedCommits:
      comparison && (comparison.status === 'behind' || comparison.status === 'diverged')
        ? comparison.behindCommits
        : [],
    summary: comparisonSummary(comparison),
  };
}

function unionCommits(
  targets: PlanTarget[],
  pick: (target: PlanTarget) => CommitDetail[],
): CommitDetail[] {
  const seen = new Set<string>();
  const commits: CommitDetail[] = [];
  for (const target of targets) {
    if (!target.selected) continue;
    for (const commit of pick(target)) {
      if (seen.has(commit.sha)) continue;
      seen.add(commit.sha);
      commits.push(commit);
    }
  }
  return commits;
}

// Everything that follows from which targets are selected.
function derive(
  base: Omit<
    PromotionPlan,
    'commits' | 'removedCommits' | 'warnings' | 'promotable' | 'reason' | 'confirmation'
  >,
): PromotionPlan {
  const selected = base.targets.filter((t) => t.selected);
  const warnings = [...base.problems, ...base.notes, ...selected.flatMap((t) => t.warnings)];
  let reason: string | null = base.problems[0] ?? null;
  if (reason === null && base.targets.length === 0) {
    reason = `${base.source.app.name} has no app in the next stage to promote to.`;
  } else if (reason === null && selected.length === 0) {
    reason = base.targets.every((t) => t.blocked)
      ? 'None of the targets can be promoted to.'
      : 'Select at least one target.';
  }
  return {
    ...base,
    commits: unionCommits(base.targets, (t) => t.commits),
    removedCommits: unionCommits(base.targets, (t) => t.removedCommits),
    warnings,
    promotable: reason === null,
    reason,
    confirmation: confirmationFor(base.pipeline.name, selected),
  };
}

export function buildPromotionPlan(input: PromotionPlanInput): PromotionPlan {
  const release = input.release ?? input.source.deployedRelease;
  const sha = input.releaseSha ?? (input.release ? null : (input.source.commit?.sha ?? null));
  const explicit = input.targetAppIds ?? null;
  const targetApps =
    explicit === null
      ? defaultTargets(input.board, input.source)
      : explicit
          .map((id) => findApp(input.board, id))
          .filter((app): app is AppCard => app !== null && app.id !== input.source.id);
  const selectedIds = input.selectedAppIds ? new Set(input.selectedAppIds) : null;
  return derive({
    pipeline: {id: input.board.pipeline.id, name: sanitizeText(input.board.pipeline.name)},
    source: {app: planApp(input.source), release: planRelease(release, sha)},
    targets: targetApps.map((app) => buildTarget(input, app, selectedIds)),
    problems: sourceProblems(input, release),
    notes: sourceNotes(input, release),
    ci: input.ci ?? null,
  });
}

// Selects or deselects a target. The last selected target stays selected: a promotion
// always has at least one, and a blocked target cannot be selected.
export function toggleTarget(plan: PromotionPlan, appId: string): PromotionPlan {
  const target = plan.targets.find((t) => t.app.id === appId);
  if (!target || target.blocked) return plan;
  if (target.selected && selectedTargets(plan).length <= 1) return plan;
  return derive({
    pipeline: plan.pipeline,
    source: plan.source,
    targets: plan.targets.map((t) => (t.app.id === appId ? {...t, selected: !t.selected} : t)),
    problems: plan.problems,
    notes: plan.notes,
  });
}

export function selectedTargets(plan: PromotionPlan): PlanTarget[] {
  return plan.targets.filter((t) => t.selected);
}

// 'v42 1a2b3c4' — how the release that ships is named in one line.
export function releaseLabel(release: PlanRelease | null): string {
  if (!release) return 'no release';
  const sha = shortSha(release.sha);
  return sha ? `v${release.version} ${sha}` : `v${release.version}`;
}
