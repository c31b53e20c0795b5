import {applyFound, applyTargets} from './promotion-targets.js';
import {sanitizeText} from '../shared/sanitize.js';

// How a running promotion looks to the person watching it. The services layer turns
// what Heroku answers into events; the UI and the `promote` command draw the state.

export type {
  TargetStatus,
  TargetProgress,
  ProgressPhase,
  PromotionProgress,
  ProgressEvent,
} from './promotion-progress-types.js';
import type {PromotionProgress, ProgressEvent, TargetProgress} from './promotion-progress-types.js';

// A release phase can print a lot; the view shows the end of it.
export const MAX_OUTPUT_LINES = 500;

// A target nothing has been heard of yet.
export function pendingTarget(appId: string, name: string): TargetProgress {
  return {
    appId,
    name,
    status: 'pending',
    errorMessage: null,
    releaseId: null,
    releaseVersion: null,
    finishedAt: null,
    output: [],
  };
}

export function initialProgress(input: {
  source: PromotionProgress['source'];
  pipelineName: string;
  targets: Array<{appId: string; name: string}>;
  at: number;
}): PromotionProgress {
  return {
    phase: 'sending',
    promotionId: null,
    source: {...input.source, name: sanitizeText(input.source.name)},
    pipelineName: sanitizeText(input.pipelineName),
    startedAt: input.at,
    now: input.at,
    finishedAt: null,
    targets: input.targets.map((t) => pendingTarget(t.appId, sanitizeText(t.name))),
    message: null,
    twoFactorSent: false,
    waiting: null,
  };
}

export function isSettled(progress: PromotionProgress): boolean {
  return (
    progress.phase === 'finished' ||
    progress.phase === 'timed-out' ||
    progress.phase === 'failed' ||
    progress.phase === 'unknown'
  );
}

function updateTarget(
  progress: PromotionProgress,
  appId: string,
  change: (target: TargetProgress) => TargetProgress,
): PromotionProgress {
  if (!progress.targets.some((t) => t.appId === appId)) return progress;
  return {...progress, targets: progress.targets.map((t) => (t.appId === appId ? change(t) : t))};
}

function outputLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n').map(sanitizeText);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

export function progressReducer(
  progress: PromotionProgress,
  event: ProgressEvent,
): PromotionProgress {
  // A settled promotion only still takes output that arrives late.
  if (isSettled(progress) && event.type !== 'output' && event.type !== 'release') return progress;
  switch (event.type) {
    case 'sending':
      return {
        ...progress,
        phase: 'sending',
        now: event.at,
        message: null,
        twoFactorSent: progress.twoFactorSent || event.withCode,
      };
    case 'two-factor-required':
      return {
        ...progress,
        phase: 'two-factor',
        now: event.at,
        message: sanitizeText(event.message),
      };
    case 'created':
      return {...progress, phase: 'running', promotionId: event.promotionId, now: event.at};
    case 'targets':
      return applyTargets(progress, event);
    case 'release':
      return updateTarget(progress, event.appId, (t) => ({
        ...t,
        releaseId: event.releaseId,
        releaseVersion: event.version,
      }));
    case 'output':
      return updateTarget(progress, event.appId, (t) => ({
        ...t,
        output: [...t.output, ...outputLines(event.text)].slice(-MAX_OUTPUT_LINES),
      }));
    case 'tick':
      return {...progress, now: event.at};
    case 'searching':
      return {...progress, phase: 'searching', now: event.at, message: sanitizeText(event.message)};
    case 'found':
      return applyFound(progress, event);
    case 'waiting':
      return {
        ...progress,
        now: event.at,
        waiting: event.message === null ? null : sanitizeText(event.message),
      };
    case 'unknown':
      return {
        ...progress,
        phase: 'unknown',
        now: event.at,
        finishedAt: event.at,
        waiting: null,
        message: sanitizeText(event.message),
        targets: progress.targets.map((t) =>
          t.status === 'pending' ? {...t, status: 'unknown', finishedAt: event.at} : t,
        ),
      };
    case 'timed-out':
      return {
        ...progress,
        phase: 'timed-out',
        now: event.at,
        finishedAt: event.at,
        waiting: null,
        message: event.message ?? 'Stopped waiting: the promotion may still finish on Heroku.',
        targets: progress.targets.map((t) =>
          t.status === 'pending' ? {...t, status: 'timed-out', finishedAt: event.at} : t,
        ),
      };
    case 'failed':
      return {
        ...progress,
        phase: 'failed',
        now: event.at,
        finishedAt: event.at,
        waiting: null,
        message: sanitizeText(event.message),
      };
  }
}

export {elapsedMs, formatElapsed, progressSucceeded, progressSummary} from './promotion-summary.js';
