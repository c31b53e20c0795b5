import {randomUUID} from 'node:crypto';
import {currentRelease} from './state.js';
import type {SimApp, SimRelease, SimState} from './state.js';

// How releases come to be, shared by the seeds, the test helpers and the HTTP routes, so that
// a seeded history and one made through the API look the same.

export type ReleaseInput = {
  description: string;
  status: SimRelease['status'];
  at: string;
  userId: string;
  slugId?: string | null;
  ociImageId?: string | null;
  // Code to run when this release does not bring its own (rollback to a config release).
  runningSlugId?: string | null;
  runningOciImageId?: string | null;
  config?: Record<string, string>;
  streamText?: string | null;
  streamAvailableAt?: number;
};

export function addRelease(state: SimState, app: SimApp, input: ReleaseInput): SimRelease {
  const previous = currentRelease(app);
  const slugId = input.slugId ?? null;
  const ociImageId = input.ociImageId ?? null;
  const bringsCode = slugId !== null || ociImageId !== null;
  let outputStreamId: string | null = null;
  if (input.streamText != null) {
    outputStreamId = randomUUID();
    state.streams.set(outputStreamId, {
      id: outputStreamId,
      text: input.streamText,
      availableAt: input.streamAvailableAt ?? 0,
    });
  }
  const release: SimRelease = {
    id: randomUUID(),
    version: (app.releases.at(-1)?.version ?? 0) + 1,
    status: input.status,
    description: input.description,
    userId: input.userId,
    slugId,
    ociImageId,
    runningSlugId: bringsCode
      ? slugId
      : input.runningSlugId !== undefined
        ? input.runningSlugId
        : (previous?.runningSlugId ?? null),
    runningOciImageId: bringsCode
      ? ociImageId
      : input.runningOciImageId !== undefined
        ? input.runningOciImageId
        : (previous?.runningOciImageId ?? null),
    config: {...(input.config ?? app.configVars)},
    addonPlanNames: app.addons.map((addon) => addon.plan),
    outputStreamId,
    createdAt: input.at,
    updatedAt: input.at,
  };
  app.releases.push(release);
  app.updatedAt = input.at;
  if (release.status === 'succeeded') goLive(app, release, input.at);
  return release;
}

// A release that finished: it becomes current, its config applies and the dynos restart on it.
export function settleRelease(
  app: SimApp,
  release: SimRelease,
  status: 'succeeded' | 'failed',
  at: string,
): void {
  release.status = status;
  release.updatedAt = at;
  app.updatedAt = at;
  if (status === 'succeeded') goLive(app, release, at);
}

function goLive(app: SimApp, release: SimRelease, at: string): void {
  app.configVars = {...release.config};
  const step = app.rollingRestartMs ?? 0;
  for (const [index, dyno] of app.dynos.entries()) {
    if (step > 0 && dyno.releaseId !== null && dyno.releaseId !== release.id) {
      dyno.rollout = {fromReleaseId: dyno.releaseId, switchAt: Date.parse(at) + (index + 1) * step};
    } else {
      delete dyno.rollout;
    }
    dyno.releaseId = release.id;
    dyno.state = 'up';
    dyno.updatedAt = at;
  }
}

export function releasedAt(app: SimApp): string | null {
  return currentRelease(app)?.createdAt ?? null;
}

export function configDescription(changes: Record<string, string | null>): string {
  const set = Object.keys(changes).filter((name) => changes[name] !== null);
  const removed = Object.keys(changes).filter((name) => changes[name] === null);
  if (set.length > 0) return `Set ${set.join(', ')} config vars`;
  return `Remove ${removed.join(', ')} config vars`;
}

export function setConfigVars(
  state: SimState,
  app: SimApp,
  changes: Record<string, string | null>,
  at: string,
  userId: string,
): SimRelease {
  const config = {...app.configVars};
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete config[name];
    else config[name] = value;
  }
  return addRelease(state, app, {
    description: configDescription(changes),
    status: 'succeeded',
    at,
    userId,
    config,
  });
}

// Rollback is eligible for succeeded releases other than the one in effect.
export function eligibleForRollback(app: SimApp, release: SimRelease): boolean {
  return release.status === 'succeeded' && currentRelease(app)?.id !== release.id;
}

export function releaseCommandOutput(app: SimApp, ok: boolean, failure?: string): string {
  const lines = [
    `== Running migrations for ${app.name} ==`,
    `I, [${new Date().toISOString()}]  INFO -- : Migrating to AddIndexOnOrdersCustomerId`,
    `== 20250311094210 AddIndexOnOrdersCustomerId: migrating ======================`,
    `-- add_index(:orders, :customer_id, {algorithm: :concurrently})`,
    `   -> 0.0412s`,
  ];
  if (ok) lines.push(`== done ==`, ``, `Release command completed successfully`);
  else
    lines.push(`rake aborted!`, failure ?? 'release command failed', ``, `Release command failed`);
  return lines.join('\n') + '\n';
}
