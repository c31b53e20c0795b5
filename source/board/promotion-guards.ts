import {plural} from '../shared/plural.js';
import {sanitizeText} from '../shared/sanitize.js';
import {
  STAGES,
  type AppCard,
  type CommitComparison,
  type FileChange,
  type Release,
} from './types.js';

// The guard rails of a promotion plan: targets that already run the code, and the warnings a
// careful person wants before confirming (crashed dynos, a name that says another stage,
// migrations in the diff, a promotion backwards in stage order).

export type WarningKind =
  | 'crashed'
  | 'naming'
  | 'migrations'
  | 'backwards'
  | 'container'
  | 'commits'
  | 'config'
  | 'maintenance'
  | 'source';

// One warning about one target, kept with its kind for `promote --json`.
export type PlanWarning = {kind: WarningKind; app: string; message: string};

// Files a migration tool runs: a rollback of the release does not undo them.
const MIGRATION_PATHS = [
  /(^|\/)db\/migrate\//,
  /(^|\/)db\/migrations\//,
  /(^|\/)migrations\//,
  /(^|\/)alembic\/versions\//,
  /(^|\/)prisma\/migrations\//,
  /(^|\/)priv\/repo\/migrations\//,
  /(^|\/)flyway\/sql\//,
  /(^|\/)db\/changelog\//,
];

export function migrationFiles(files: FileChange[]): string[] {
  return files
    .filter((f) => f.status !== 'removed' && MIGRATION_PATHS.some((p) => p.test(f.filename)))
    .map((f) => sanitizeText(f.filename));
}

export const ROLLBACK_SENTENCE = 'a rollback does not undo them';

// Why a target already runs what would ship (the same build, or the same commit), or null.
export function alreadyRuns(
  target: AppCard,
  release: Release | null,
  sha: string | null,
  comparison: CommitComparison | null,
): string | null {
  const running = target.deployedRelease;
  const name = sanitizeText(target.name);
  if (release && running) {
    if (release.slugId !== null && running.slugId === release.slugId) {
      return `${name} already runs this build (the same slug).`;
    }
    if (release.ociImageId !== null && running.ociImageId === release.ociImageId) {
      return `${name} already runs this build (the same image).`;
    }
  }
  if (sha !== null && target.commit?.sha === sha) {
    return `${name} already runs this commit.`;
  }
  if (comparison?.status === 'identical') return `${name} already runs this code.`;
  return null;
}

export function isBackwards(source: AppCard, target: AppCard): boolean {
  return STAGES.indexOf(target.stage) < STAGES.indexOf(source.stage);
}

export function targetGuards(
  source: AppCard,
  target: AppCard,
  comparison: CommitComparison | null,
): PlanWarning[] {
  const app = sanitizeText(target.name);
  const warnings: PlanWarning[] = [];
  if (isBackwards(source, target)) {
    warnings.push({
      kind: 'backwards',
      app,
      message: `Promoting backwards: ${app} is ${target.stage}, before ${sanitizeText(source.name)} (${source.stage}).`,
    });
  }
  const crashed = (target.dynos ?? []).filter((g) => g.crashed > 0);
  if (crashed.length > 0) {
    const count = crashed.reduce((n, g) => n + g.crashed, 0);
    const types = crashed.map((g) => sanitizeText(g.type)).join(', ');
    warnings.push({
      kind: 'crashed',
      app,
      message: `${app} has ${plural(count, 'crashed dyno')} (${types}): a promotion restarts them, it does not fix why they crashed.`,
    });
  }
  if (target.namingWarning) {
    warnings.push({kind: 'naming', app, message: `${app}: ${sanitizeText(target.namingWarning)}`});
  }
  const migrations = comparison ? migrationFiles(comparison.files) : [];
  if (migrations.length > 0) {
    const more = migrations.length > 1 ? ` and ${migrations.length - 1} more` : '';
    warnings.push({
      kind: 'migrations',
      app,
      message: `Database migrations reach ${app} (${migrations[0]}${more}): ${ROLLBACK_SENTENCE}.`,
    });
  }
  return warnings;
}

// The selected targets that migrations reach, as the dialog offers maintenance mode for.
export function migrationTargets(plan: {
  targets: Array<{selected: boolean; app: {id: string; name: string}; checks: PlanWarning[]}>;
}): Array<{id: string; name: string}> {
  return plan.targets
    .filter((t) => t.selected && t.checks.some((c) => c.kind === 'migrations'))
    .map((t) => t.app);
}
