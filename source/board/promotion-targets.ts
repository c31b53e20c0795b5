import {sanitizeText} from '../shared/sanitize.js';
import type {ProgressEvent, PromotionProgress} from './promotion-progress-types.js';

// How the targets' answers change a running promotion: polled, or found again after a lost answer.

export function applyTargets(
  progress: PromotionProgress,
  event: Extract<ProgressEvent, {type: 'targets'}>,
): PromotionProgress {
  const targets = progress.targets.map((target) => {
    const wire = event.targets.find((t) => t.appId === target.appId);
    if (!wire || target.status !== 'pending') return target;
    const settled = wire.status !== 'pending';
    return {
      ...target,
      status: wire.status,
      errorMessage: wire.errorMessage === null ? null : sanitizeText(wire.errorMessage),
      releaseId: wire.releaseId ?? target.releaseId,
      finishedAt: settled ? event.at : null,
    };
  });
  const done = targets.every((t) => t.status !== 'pending');
  return {
    ...progress,
    phase: done ? 'finished' : 'running',
    now: event.at,
    finishedAt: done ? event.at : null,
    waiting: null,
    targets,
  };
}

export function applyFound(
  progress: PromotionProgress,
  event: Extract<ProgressEvent, {type: 'found'}>,
): PromotionProgress {
  return {
    ...progress,
    phase: 'running',
    promotionId: event.promotionId ?? progress.promotionId,
    now: event.at,
    message: null,
    waiting: null,
    targets: progress.targets.map((t) => {
      const releaseId = event.releases[t.appId];
      return releaseId
        ? {...t, releaseId}
        : {...t, status: 'unknown', finishedAt: event.at, errorMessage: 'no trace found'};
    }),
  };
}
