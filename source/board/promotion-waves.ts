import {
  selectedTargets,
  withTargets,
  type PlanTarget,
  type PromotionPlan,
} from './promotion-plan.js';

// Waves: the selected targets in groups, each group its own promotion, the next one sent
// only when every target of the one before succeeded. One wave is a plain promotion.

// The selected targets by wave, first wave first; empty waves are left out.
export function planWaves(plan: PromotionPlan): PlanTarget[][] {
  const selected = selectedTargets(plan);
  const numbers = [...new Set(selected.map((t) => t.wave))].sort((a, b) => a - b);
  return numbers.map((n) => selected.filter((t) => t.wave === n));
}

// Which wave a target is in, counted from 1 among the waves that have targets.
export function waveOf(plan: PromotionPlan, appId: string): number | null {
  const index = planWaves(plan).findIndex((wave) => wave.some((t) => t.app.id === appId));
  return index < 0 ? null : index + 1;
}

function matches(name: string, spec: string): boolean {
  return name === spec || name.split('-').includes(spec);
}

// `--waves eu,us`: each item names a wave's targets, by full name or by a dash-separated part
// of it; a target goes in the first wave that names it. A sentence when it does not add up.
export function assignWaves(plan: PromotionPlan, specs: string[]): PromotionPlan | string {
  const wanted = specs.map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (wanted.length === 0) return '--waves takes target names separated by commas, such as eu,us.';
  const selected = selectedTargets(plan);
  const waveFor = new Map<string, number>();
  for (const target of selected) {
    const index = wanted.findIndex((spec) => matches(target.app.name.toLowerCase(), spec));
    if (index < 0) {
      return `${target.app.name} is in none of the waves ${wanted.join(', ')}: every target needs one.`;
    }
    waveFor.set(target.app.id, index);
  }
  const empty = wanted.find((_, i) => ![...waveFor.values()].includes(i));
  if (empty !== undefined) {
    const names = selected.map((t) => t.app.name).join(', ');
    return `The wave ${empty} names none of the targets (${names}).`;
  }
  return withTargets(
    plan,
    plan.targets.map((t) => ({...t, wave: waveFor.get(t.app.id) ?? 0})),
  );
}

// `--sequential`: one target a wave, in the plan's order.
export function sequentialWaves(plan: PromotionPlan): PromotionPlan {
  let next = 0;
  return withTargets(
    plan,
    plan.targets.map((t) => (t.selected ? {...t, wave: next++} : t)),
  );
}

// The dialog's keys: a target to an earlier or a later wave; at most one wave past the last.
export function moveWave(plan: PromotionPlan, appId: string, delta: number): PromotionPlan {
  const target = plan.targets.find((t) => t.app.id === appId);
  if (!target || !target.selected) return plan;
  const waves = planWaves(plan);
  const index = waves.findIndex((w) => w.some((t) => t.app.id === appId));
  const alone = waves[index]!.length === 1;
  const last = alone ? waves.length - 1 : waves.length;
  const to = Math.max(0, Math.min(last, index + delta));
  if (to === index) return plan;
  // Waves are renumbered 0.. in order; a target moved past the last opens a new wave.
  const numberOf = new Map(waves.flatMap((w, i) => w.map((t) => [t.app.id, i] as const)));
  numberOf.set(appId, to);
  return withTargets(
    plan,
    plan.targets.map((t) => ({...t, wave: numberOf.get(t.app.id) ?? t.wave})),
  );
}

// Why the space bar does nothing on this target, when it does nothing.
export function toggleRefusal(plan: PromotionPlan, appId: string): string | null {
  const target = plan.targets.find((t) => t.app.id === appId);
  if (!target) return null;
  if (target.blocked) return target.blocked;
  if (target.selected && selectedTargets(plan).length <= 1) {
    return `${target.app.name} is the only target left: a promotion needs one. Esc cancels instead.`;
  }
  return null;
}
