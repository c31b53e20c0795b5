import type {PlanWarning} from '../board/promotion-guards.js';
import {releaseLabel, selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {planWaves, waveOf} from '../board/promotion-waves.js';

// The plan as `promote` prints it before confirming, and its warnings for `--json`.

// Every warning of the selected targets, with the source's own problems and notes first.
export function planWarnings(plan: PromotionPlan): PlanWarning[] {
  const source = plan.source.app.name;
  return [
    ...[...plan.problems, ...plan.notes].map((message) => ({
      kind: 'source' as const,
      app: source,
      message,
    })),
    ...selectedTargets(plan).flatMap((t) => t.checks),
  ];
}

// Targets left unchecked because they already run the code.
export function skippedTargets(plan: PromotionPlan): Array<{app: string; reason: string}> {
  return plan.targets
    .filter((t) => !t.selected && t.current !== null)
    .map((t) => ({app: t.app.name, reason: t.current!}));
}

// The plan as a person reads it before confirming: release, targets, commits, warnings.
export function planText(plan: PromotionPlan): string {
  const lines = [
    `Promote ${plan.source.app.name} ${releaseLabel(plan.source.release)} (${plan.source.release?.description ?? 'no release'})`,
  ];
  const waves = planWaves(plan).length;
  for (const target of plan.targets) {
    const mark = target.blocked ? '-' : target.selected ? '→' : ' ';
    const wave = waves > 1 && target.selected ? ` [wave ${waveOf(plan, target.app.id)}]` : '';
    const skipped = !target.selected && target.current ? ' (skipped)' : '';
    lines.push(
      `  ${mark} ${target.app.name} (${target.app.stage})${wave}: ${target.summary}${skipped}`,
    );
  }
  for (const commit of plan.commits.slice(0, 20)) {
    lines.push(`    ${commit.shortSha} ${commit.author ?? '?'}: ${commit.message}`);
  }
  if (plan.commits.length > 20) lines.push(`    … and ${plan.commits.length - 20} more commits`);
  for (const warning of plan.warnings) lines.push(`  warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}
