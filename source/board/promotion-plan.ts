import {shortSha} from '../shared/short-sha.js';
import {confirmationFor} from './confirmation.js';
import {sourceNotes, sourceProblems} from './promotion-checks.js';
import {sanitizeText} from '../shared/sanitize.js';
import {buildTarget, planApp} from './promotion-plan-target.js';
import {appsInStage, findApp, nextStage} from './stages.js';
import type {PromotionPlanInput} from './promotion-input.js';
import type {AppCard, Board, CommitDetail, Release} from './types.js';

export {CONTAINER_STACK} from './promotion-checks.js';

export type {PlanApp, PlanRelease, PlanTarget, PromotionPlan} from './promotion-plan-types.js';
import type {PlanRelease, PlanTarget, PromotionPlan} from './promotion-plan-types.js';

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
    | 'commits'
    | 'removedCommits'
    | 'warnings'
    | 'promotable'
    | 'reason'
    | 'nothingToDo'
    | 'confirmation'
  >,
): PromotionPlan {
  const selected = base.targets.filter((t) => t.selected);
  const warnings = [...base.problems, ...base.notes, ...selected.flatMap((t) => t.warnings)];
  let reason: string | null = base.problems[0] ?? null;
  const open = base.targets.filter((t) => !t.blocked);
  const nothingToDo =
    base.problems.length === 0 &&
    selected.length === 0 &&
    open.length > 0 &&
    open.every((t) => t.current !== null)
      ? `Nothing to promote: ${open.map((t) => t.current).join(' ')}`
      : null;
  if (reason === null && nothingToDo !== null) {
    reason = nothingToDo;
  } else if (reason === null && base.targets.length === 0) {
    reason = `${base.source.app.name} has no app in the next stage to promote to.`;
  } else if (reason === null && selected.length === 0) {
    reason = base.targets.every((t) => t.blocked)
      ? `None of the targets can be promoted to. ${base.targets.map((t) => t.blocked).join(' ')}`
      : 'Select at least one target.';
  }
  return {
    ...base,
    commits: unionCommits(base.targets, (t) => t.commits),
    removedCommits: unionCommits(base.targets, (t) => t.removedCommits),
    warnings,
    promotable: reason === null,
    reason,
    nothingToDo,
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
    targets: targetApps.map((app) => buildTarget(input, app, selectedIds, release, sha)),
    problems: sourceProblems(input, release),
    notes: sourceNotes(input, release),
    ci: input.ci ?? null,
  });
}

// The plan again with its targets changed (selection, waves): everything else follows.
export function withTargets(plan: PromotionPlan, targets: PlanTarget[]): PromotionPlan {
  return derive({
    pipeline: plan.pipeline,
    source: plan.source,
    targets,
    problems: plan.problems,
    notes: plan.notes,
  });
}

// Selects or deselects a target. The last selected target stays selected: a promotion
// always has at least one, and a blocked target cannot be selected.
export function toggleTarget(plan: PromotionPlan, appId: string): PromotionPlan {
  const target = plan.targets.find((t) => t.app.id === appId);
  if (!target || target.blocked) return plan;
  if (target.selected && selectedTargets(plan).length <= 1) return plan;
  return withTargets(
    plan,
    plan.targets.map((t) => (t.app.id === appId ? {...t, selected: !t.selected} : t)),
  );
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
