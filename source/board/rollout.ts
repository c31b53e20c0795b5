import type {WireDyno} from '../heroku/wire.js';
import {sanitizeText} from '../shared/sanitize.js';

// Which release each dyno runs, per process type: after a release the dynos restart one by one,
// so for a while they run different releases.

export type TypeRollout = {
  type: string;
  total: number;
  onTarget: number; // dynos running the target release
  crashed: string[]; // dyno names
  restarting: string[]; // starting or down
};

export type Rollout = {
  targetVersion: number | null;
  types: TypeRollout[];
  complete: boolean; // every dyno runs the target release and is up (or idle)
};

// targetVersion: the release being rolled out; when null, the newest release any dyno runs.
export function dynoRollout(dynos: readonly WireDyno[], targetVersion: number | null): Rollout {
  const versions = dynos.map((d) => d.release?.version ?? 0);
  const target = targetVersion ?? (versions.length > 0 ? Math.max(...versions) : null);
  const byType = new Map<string, TypeRollout>();
  for (const dyno of dynos) {
    const type = sanitizeText(dyno.type);
    const entry = byType.get(type) ?? {type, total: 0, onTarget: 0, crashed: [], restarting: []};
    entry.total += 1;
    if (target !== null && dyno.release?.version === target) entry.onTarget += 1;
    if (dyno.state === 'crashed') entry.crashed.push(sanitizeText(dyno.name));
    if (dyno.state === 'starting' || dyno.state === 'down') {
      entry.restarting.push(sanitizeText(dyno.name));
    }
    byType.set(type, entry);
  }
  const types = [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  const complete = types.every(
    (t) => t.onTarget === t.total && t.crashed.length === 0 && t.restarting.length === 0,
  );
  return {targetVersion: target, types, complete};
}

// e.g. `web 3/4 on v17 (web.2 crashed)`.
export function rolloutLine(rollout: TypeRollout, version: number | null): string {
  const on = version === null ? '' : ` on v${version}`;
  const notes = [
    ...rollout.crashed.map((name) => `${name} crashed`),
    ...rollout.restarting.map((name) => `${name} restarting`),
  ];
  return `${rollout.type} ${rollout.onTarget}/${rollout.total}${on}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

export function rolloutSummary(rollout: Rollout): string {
  if (rollout.types.length === 0) return 'no dynos';
  return rollout.types.map((t) => rolloutLine(t, rollout.targetVersion)).join(', ');
}
