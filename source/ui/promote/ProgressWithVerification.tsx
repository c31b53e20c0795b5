import {useState} from 'react';
import {Box} from 'ink';
import type {PromotionProgress as Progress} from '../../board/promotion-progress.js';
import type {Board} from '../../board/types.js';
import type {PromotionRun} from '../../contract/promotion.js';
import {VerificationBlock} from '../logs/VerificationBlock.js';
import type {VerifiedTarget} from '../logs/useVerification.js';
import {PromotionProgress} from './PromotionProgress.js';

export type AfterPromotion = {
  board: Board;
  onRolledBack: () => void;
  notify: (text: string, tone?: 'info' | 'warning' | 'error') => void;
};

// The rows the panel takes below the progress: its table for each target when there is room,
// leaving the progress ten rows (its targets, summary and the end of the release output).
function panelRows(height: number, targets: number): number {
  return Math.max(4, Math.min(3 + targets * 9, height - 10));
}

// A promotion that succeeded: its progress (release output included), and under it the
// verification of its targets, opened by itself. The targets and the time they went live
// are pinned once: the progress keeps changing as release output arrives.
export function ProgressWithVerification(props: {
  run: PromotionRun;
  progress: Progress;
  width: number;
  height: number;
  isActive: boolean;
  onClose: () => void;
  after: AfterPromotion;
  // `n` copies the release notes, as under a finished promotion without the panel.
  onCopyNotes?: (() => void) | null;
}) {
  const {progress, width, height, isActive} = props;
  const [pinned] = useState(() => ({
    targets: progress.targets
      .filter((t) => t.status === 'succeeded')
      .map<VerifiedTarget>((t) => ({appId: t.appId, name: t.name, version: t.releaseVersion})),
    promotedAt:
      progress.targets.reduce<number | null>(
        (first, t) =>
          t.finishedAt === null
            ? first
            : first === null
              ? t.finishedAt
              : Math.min(first, t.finishedAt),
        null,
      ) ??
      progress.finishedAt ??
      progress.now,
  }));
  const [askingRollback, setAskingRollback] = useState(false);
  const rows = askingRollback ? height : panelRows(height, pinned.targets.length);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {askingRollback ? null : (
        <PromotionProgress
          run={props.run}
          progress={progress}
          width={width}
          height={height - rows}
          isActive={isActive}
          onClose={props.onClose}
          onCopyNotes={props.onCopyNotes ?? null}
        />
      )}
      <VerificationBlock
        board={props.after.board}
        targets={pinned.targets}
        promotedAt={pinned.promotedAt}
        mode="dialog"
        width={width}
        height={rows}
        isActive={isActive}
        onRolledBack={props.after.onRolledBack}
        onRollingBack={setAskingRollback}
        notify={props.after.notify}
      />
    </Box>
  );
}
