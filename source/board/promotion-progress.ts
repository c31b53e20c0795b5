import {sanitizeText} from '../shared/sanitize.js';

// How a running promotion looks to the person watching it. The services layer turns
// what Heroku answers into events; the UI and the `promote` command draw the state.

export type TargetStatus = 'pending' | 'succeeded' | 'failed' | 'timed-out';

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
  | 'running' // created; targets are being polled
  | 'finished' // no target is pending any more
  | 'timed-out' // gave up waiting; the promotion may still finish on Heroku
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
  | {type: 'timed-out'; at: number}
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
  };
}

export function isSettled(progress: PromotionProgress): boolean {
  return (
    progress.phase === 'finished' || progress.phase === 'timed-out' || progress.phase === 'failed'
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

function applyTargets(
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
    targets,
  };
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
    case 'timed-out':
      return {
        ...progress,
        phase: 'timed-out',
        now: event.at,
        finishedAt: event.at,
        message: 'Stopped waiting: the promotion may still finish on Heroku.',
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
        message: sanitizeText(event.message),
      };
  }
}

// Milliseconds since the start, frozen once the promotion (or the target) settled.
export function elapsedMs(progress: PromotionProgress, target?: TargetProgress): number {
  const end = target?.finishedAt ?? progress.finishedAt ?? progress.now;
  return Math.max(0, end - progress.startedAt);
}

// Anything but every target succeeding counts as a failure for the exit code and the colour.
export function progressSucceeded(progress: PromotionProgress): boolean {
  return progress.phase === 'finished' && progress.targets.every((t) => t.status === 'succeeded');
}

// '12s', '1m 05s': elapsed time that does not jitter in width every second.
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
}

// One sentence for the end of a promotion: the view's last line, the board's status line.
export function progressSummary(progress: PromotionProgress): {text: string; ok: boolean} {
  if (progress.phase === 'failed') return {text: progress.message ?? 'Failed.', ok: false};
  if (progress.phase === 'timed-out') {
    return {text: progress.message ?? 'Stopped waiting.', ok: false};
  }
  if (progressSucceeded(progress)) {
    const n = progress.targets.length;
    const where = n === 1 ? progress.targets[0]!.name : `${n} apps`;
    return {
      text: `Promoted ${progress.source.name} v${progress.source.version} to ${where}.`,
      ok: true,
    };
  }
  const failed = progress.targets.filter((t) => t.status !== 'succeeded');
  const names = failed.map((t) => t.name).join(', ');
  return {
    text: `Promotion failed on ${names} (${failed.length} of ${progress.targets.length}).`,
    ok: false,
  };
}
