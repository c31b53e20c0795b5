import {releaseLabel, type PromotionPlan} from '../board/promotion-plan.js';
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

export type PromoteDocument = {
  promotion: {id: string | null};
  pipeline: string;
  source: {app: string; release: {id: string; version: number; sha: string | null}};
  targets: Array<{
    app: string;
    status: TargetProgress['status'];
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
};

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
      status: t.status,
      release: t.releaseId === null ? null : {id: t.releaseId, version: t.releaseVersion},
      error: t.errorMessage,
      elapsedMs: elapsedMs(progress, t),
    })),
    succeeded: progressSucceeded(progress),
    message: progress.message,
    follow: mayStillRun(progress) ? followCommand(progress) : null,
  };
}

// The plan as a person reads it before confirming: release, targets, commits, warnings.
export function planText(plan: PromotionPlan): string {
  const lines = [
    `Promote ${plan.source.app.name} ${releaseLabel(plan.source.release)} (${plan.source.release?.description ?? 'no release'})`,
  ];
  for (const target of plan.targets) {
    const mark = target.blocked ? '-' : target.selected ? '→' : ' ';
    lines.push(`  ${mark} ${target.app.name} (${target.app.stage}): ${target.summary}`);
  }
  for (const commit of plan.commits.slice(0, 20)) {
    lines.push(`    ${commit.shortSha} ${commit.author ?? '?'}: ${commit.message}`);
  }
  if (plan.commits.length > 20) lines.push(`    … and ${plan.commits.length - 20} more commits`);
  for (const warning of plan.warnings) lines.push(`  warning: ${warning}`);
  return `${lines.join('\n')}\n`;
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
    case 'unknown':
      return `${target.name}: outcome unknown${target.errorMessage ? ` (${target.errorMessage})` : ''}`;
    case 'pending':
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
