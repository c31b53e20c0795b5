import type {PlanWarning} from '../board/promotion-guards.js';
import {
  elapsedMs,
  formatElapsed,
  progressSucceeded,
  progressSummary,
  type PromotionProgress,
  type TargetProgress,
} from '../board/promotion-progress.js';
import {followCommand} from '../board/promotion-summary.js';

// Anything but a refusal or a settled promotion may still be going on at Heroku.
export function mayStillRun(progress: PromotionProgress): boolean {
  if (progress.phase === 'failed' && progress.promotionId === null) return false;
  return progress.targets.some((t) => t.status !== 'succeeded' && t.status !== 'failed');
}

// What `pipeline-tui promote` prints. Every name and message was sanitised by the model.

// A target's status in `promote --json`: the progress status, or `not_created` when no
// promotion was ever created for it (Heroku refused the POST, or an earlier wave failed).
export type DocumentStatus = Exclude<TargetProgress['status'], 'not-promoted'> | 'not_created';

export type PromoteDocument = {
  promotion: {id: string | null};
  pipeline: string;
  source: {app: string; release: {id: string; version: number; sha: string | null}};
  targets: Array<{
    app: string;
    status: DocumentStatus;
    // Its wave (from 1) when the promotion went out in waves, else null.
    wave: number | null;
    release: {id: string; version: number | null} | null;
    error: string | null;
    elapsedMs: number;
  }>;
  succeeded: boolean;
  message: string | null;
  // How to follow it from here, while it may still be running at Heroku.
  follow: string | null;
  // Set when a signal ended the command before the promotion settled.
  interrupted?: string;
  // The plan's warnings, each with its kind ('crashed', 'naming', 'migrations', 'backwards',
  // 'container', 'commits', 'config', 'maintenance', 'source'); [] when there are none.
  warnings?: PlanWarning[];
  // Targets left out because they already run the code, with why.
  skipped?: Array<{app: string; reason: string}>;
};

// A target of a wave not sent yet (a later one, when the command stops early).
function laterWave(progress: PromotionProgress, target: TargetProgress): boolean {
  return (
    target.status === 'pending' &&
    progress.waves !== undefined &&
    (target.wave ?? 0) > progress.waves.current
  );
}

function documentStatus(progress: PromotionProgress, target: TargetProgress): DocumentStatus {
  if (target.status === 'not-promoted' || laterWave(progress, target)) return 'not_created';
  if (target.status === 'pending' && progress.phase === 'failed' && progress.promotionId === null) {
    return 'not_created';
  }
  return target.status;
}

export function promoteDocument(progress: PromotionProgress): PromoteDocument {
  return {
    promotion: {id: progress.promotionId},
    pipeline: progress.pipelineName,
    source: {
      app: progress.source.name,
      release: {
        id: progress.source.releaseId,
        version: progress.source.version,
        sha: progress.source.sha,
      },
    },
    targets: progress.targets.map((t) => ({
      app: t.name,
      status: documentStatus(progress, t),
      wave: t.wave ?? null,
      release: t.releaseId === null ? null : {id: t.releaseId, version: t.releaseVersion},
      error: t.errorMessage,
      elapsedMs: elapsedMs(progress, t),
    })),
    succeeded: progressSucceeded(progress),
    message: progress.message,
    follow: mayStillRun(progress) ? followCommand(progress) : null,
  };
}

function targetLine(progress: PromotionProgress, target: TargetProgress): string {
  const version = target.releaseVersion === null ? '' : ` v${target.releaseVersion}`;
  const elapsed = formatElapsed(elapsedMs(progress, target));
  switch (target.status) {
    case 'succeeded':
      return `${target.name}: succeeded${version} in ${elapsed}`;
    case 'failed':
      return `${target.name}: failed${version}: ${target.errorMessage ?? 'no reason given'}`;
    case 'timed-out':
      return `${target.name}: still pending after ${elapsed}; stopped waiting`;
    case 'not-promoted':
      return `${target.name}: not promoted (wave ${target.wave ?? '?'} was not sent)`;
    case 'unknown':
      return `${target.name}: outcome unknown${target.errorMessage ? ` (${target.errorMessage})` : ''}`;
    case 'pending':
      if (laterWave(progress, target))
        return `${target.name}: not promoted (wave ${target.wave} not sent)`;
      // Only a promotion Heroku refused leaves a target pending at the end.
      return progress.phase === 'failed'
        ? `${target.name}: not promoted`
        : `${target.name}: pending after ${elapsed}`;
  }
}

export function resultText(progress: PromotionProgress): string {
  const lines = progress.targets.map((t) => targetLine(progress, t));
  lines.push(progressSummary(progress).text);
  return `${lines.join('\n')}\n`;
}
