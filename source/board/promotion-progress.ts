import {applyFound, applyTargets} from './promotion-targets.js';
import {sanitizeText} from './sanitize.js';

// How a running promotion looks to the person watching it. The services layer turns
// what Heroku answers into events; the UI and the `promote` command draw the state.

// 'unknown': the promotion may have run there, and Heroku could not be asked how it went.
export type TargetStatus = 'pending' | 'succeeded' | 'failed' | 'timed-out' | 'unknown';

export type TargetProgress = {
  appId: string;
  name: string;
  status: TargetStatus;
  errorMessage: string | null; // Heroku's words, sanitised
  releaseId: string | null;
  releaseVersion: number | null;
  finishedAt: number | null;
  output: string[]; // release-phase output, sanitised lines
};

export type ProgressPhase =
  | 'sending' // the POST is on its way
  | 'two-factor' // Heroku wants a second factor before it creates the promotion
  | 'searching' // the POST's answer was lost: looking for the promotion on the targets
  | 'running' // created; targets are being polled
  | 'finished' // no target is pending any more
  | 'timed-out' // gave up waiting; the promotion may still finish on Heroku
  | 'unknown' // the POST may have been carried out, and no trace of it was found
  | 'failed'; // the promotion could not be created or followed

export type PromotionProgress = {
  phase: ProgressPhase;
  promotionId: string | null;
  source: {appId: string; name: string; releaseId: string; version: number; sha: string | null};
  pipelineName: string;
  startedAt: number;
  now: number;
  finishedAt: number | null;
  targets: TargetProgress[];
  // Why it failed, or what Heroku said when it asked for a code.
  message: string | null;
  // The code was sent once already: a second refusal is final.
  twoFactorSent: boolean;
  // Heroku does not answer for now: why, and that it is still being asked.
  waiting: string | null;
};

export type ProgressEvent =
  | {type: 'sending'; at: number; withCode: boolean}
  | {type: 'two-factor-required'; at: number; message: string}
  | {type: 'created'; at: number; promotionId: string}
  | {
      type: 'targets';
      at: number;
      targets: Array<{
        appId: string;
        status: 'pending' | 'succeeded' | 'failed';
        errorMessage: string | null;
        releaseId: string | null;
      }>;
    }
  | {type: 'release'; appId: string; releaseId: string; version: number}
  | {type: 'output'; appId: string; text: string}
  | {type: 'tick'; at: number}
  | {type: 'searching'; at: number; message: string}
  // Found again after a lost answer: the targets' new releases (and the id when known).
  | {type: 'found'; at: number; promotionId: string | null; releases: Record<string, string>}
  | {type: 'unknown'; at: number; message: string}
  | {type: 'waiting'; at: number; message: string | null}
  | {type: 'timed-out'; at: number; message?: string}
  | {type: 'failed'; at: number; message: string};

// A release phase can print a lot; the view shows the end of it.
export const MAX_OUTPUT_LINES = 500;

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
    targets: input.targets.map((t) => ({
      appId: t.appId,
      name: sanitizeText(t.name),
      status: 'pending',
      errorMessage: null,
      releaseId: null,
      releaseVersion: null,
      finishedAt: null,
      output: [],
    })),
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
