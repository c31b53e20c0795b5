import type {AppCard, DynoGroup} from './types.js';

// A card's dynos during a rolling restart: how many run the app's current release while
// some still run an older one, e.g. `web 3/4 on v17`.

export type GroupRollout = {onCurrent: number; total: number; version: number};

export function groupRollout(group: DynoGroup, version: number | null): GroupRollout | null {
  const versions = group.versions ?? [];
  if (version === null || versions.length === 0) return null;
  const known = versions.filter((v): v is number => v !== null);
  if (known.length === 0 || known.every((v) => v === version)) return null;
  return {onCurrent: known.filter((v) => v === version).length, total: versions.length, version};
}

// Whether any dyno of the app still runs another release or is starting: the board then
// looks again soon, to show the rollout move on.
export function rollingOut(app: AppCard): boolean {
  const version = app.release?.version ?? null;
  return (app.dynos ?? []).some(
    (group) => groupRollout(group, version) !== null || group.starting > 0,
  );
}
