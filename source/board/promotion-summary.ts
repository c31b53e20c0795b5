import type {PromotionProgress, TargetProgress} from './promotion-progress-types.js';

// Times and the closing sentence of a promotion, drawn by the view and printed by `promote`.

// Milliseconds since the start, frozen once the promotion (or the target) settled.
export function elapsedMs(progress: PromotionProgress, target?: TargetProgress): number {
  const end = target?.finishedAt ?? progress.finishedAt ?? progress.now;
  return Math.max(0, end - (target?.startedAt ?? progress.startedAt));
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

// The command that follows a promotion from here: by id, or the board when the id is unknown.
export function followCommand(progress: PromotionProgress): string {
  return progress.promotionId
    ? `pipeline-tui promote --follow ${progress.promotionId}`
    : `pipeline-tui status ${progress.pipelineName}`;
}

// One sentence for the end of a promotion: the view's last line, the board's status line.
export function progressSummary(progress: PromotionProgress): {text: string; ok: boolean} {
  if (progress.phase === 'failed') return {text: progress.message ?? 'Failed.', ok: false};
  if (progress.phase === 'timed-out' || progress.phase === 'unknown') {
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
  const unknown = progress.targets.filter((t) => t.status === 'unknown');
  if (unknown.length > 0 && progress.targets.every((t) => t.status !== 'failed')) {
    const names = unknown.map((t) => t.name).join(', ');
    return {
      text: `Promotion outcome unknown on ${names}: check the board before promoting again.`,
      ok: false,
    };
  }
  const notSent = progress.targets.filter((t) => t.status === 'not-promoted');
  const failed = progress.targets.filter((t) => t.status !== 'succeeded');
  if (notSent.length > 0) {
    const broke = failed.filter((t) => t.status !== 'not-promoted').map((t) => t.name);
    return {
      text: `Promotion failed on ${broke.join(', ')}, so the later waves were not sent: ${notSent.map((t) => t.name).join(', ')} not promoted.`,
      ok: false,
    };
  }
  const names = failed.map((t) => t.name).join(', ');
  return {
    text: `Promotion failed on ${names} (${failed.length} of ${progress.targets.length}).`,
    ok: false,
  };
}
