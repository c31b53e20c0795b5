import type {Confirmation} from './confirmation.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Release} from './types.js';

// How many releases the history shows.
export const HISTORY_LENGTH = 20;

// What a rollback does beyond the code, said before anyone confirms one.
export function rollbackConsequence(release: Pick<Release, 'version'>): string {
  return `Config vars roll back too, to those of v${release.version}; add-ons do not change.`;
}

// Why this release cannot be rolled back to, or null when it can.
export function rollbackBlocker(release: Release): string | null {
  if (release.current) return `v${release.version} is the current release.`;
  if (!release.eligibleForRollback)
    return `Heroku does not allow a rollback to v${release.version}.`;
  return null;
}

// An older release can be promoted from the stages that promote: development and staging.
export function promotesOlderReleases(app: Pick<AppCard, 'stage'>): boolean {
  return app.stage === 'staging' || app.stage === 'development';
}

// Why this older release cannot be promoted, or null when it can.
export function olderReleaseBlocker(app: Pick<AppCard, 'stage'>, release: Release): string | null {
  if (!promotesOlderReleases(app)) {
    return `Only staging and development releases are promoted from here.`;
  }
  if (release.status !== 'succeeded') {
    return `v${release.version} has not succeeded (${release.status}).`;
  }
  if (release.slugId === null && release.ociImageId === null) {
    return `v${release.version} carries no build to promote.`;
  }
  return null;
}

// A rollback changes what runs in production: the app's name is typed there, `y` elsewhere.
export function rollbackConfirmation(app: Pick<AppCard, 'name' | 'stage'>): Confirmation {
  return app.stage === 'production' ? {kind: 'type', text: sanitizeText(app.name)} : {kind: 'yes'};
}

// Newest first, at most HISTORY_LENGTH, whatever order Heroku answered in.
export function historyOrder(releases: Release[]): Release[] {
  return [...releases].sort((a, b) => b.version - a.version).slice(0, HISTORY_LENGTH);
}
