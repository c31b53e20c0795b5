import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {useCallback, useState} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {
  isSettled,
  progressSummary,
  type PromotionProgress as Progress,
} from '../../board/promotion-progress.js';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import {planNotes} from '../../board/plan-notes.js';
import {useCopyNotes} from '../hooks/useCopyNotes.js';
import type {MessageTone} from '../hooks/useTransientMessage.js';
import type {AppCard, Board, Release} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useAsync} from '../hooks/useAsync.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';
import {useServices} from '../services.js';
import {MissingApp} from './MissingApp.js';
import {PromoteDialog} from './PromoteDialog.js';
import {PromotionProgress} from './PromotionProgress.js';
import {ProgressWithVerification, type AfterPromotion} from './ProgressWithVerification.js';
import {progressSucceeded} from '../../board/promotion-progress.js';
import {usePromotionRun} from './usePromotionRun.js';
import {useNewerRelease} from './useNewerRelease.js';
import {migrationTargets} from '../../board/promotion-guards.js';

export type PromoteFlowProps = {
  board: Board;
  // The app `p` was pressed on; null once a refresh took it off the board.
  source: AppCard | null;
  // An older release chosen in the history; by default what the source runs.
  release?: Release | null;
  width: number;
  height: number;
  isActive: boolean;
  onClose: () => void;
  // Once a promotion that was created settles, whether its view is still open (`shown`)
  // or the person went back to the board meanwhile.
  onFinished: (progress: Progress, shown: boolean) => void;
  // The message line: where copying the release notes says how it went.
  notify?: (text: string, tone?: MessageTone) => void;
  // Given by the board: once the promotion succeeds, its targets are verified below it.
  after?: AfterPromotion;
};

const QUIET = () => {};

// The key that leaves the preparation, named in its lines.
const BACK = offeredKey('dialog', 'back');

// `p`: the plan, loaded once; the dialog; then the promotion's progress. While a promotion
// runs, `p` shows it again instead of offering a second one.
export function PromoteFlow(props: PromoteFlowProps) {
  const services = useServices();
  const {onFinished, onClose} = props;
  // As they were when the view opened: the dialog reviews exactly that plan, and a board
  // refresh meanwhile does not swap the source or the release under the person's eyes.
  const [pinned] = useState(() => ({
    board: props.board,
    source: props.source,
    release: props.release ?? null,
  }));

  const onSettled = useCallback(
    (progress: Progress, shown: boolean) => {
      if (progress.promotionId === null) return;
      // The board's bell rings for it (services.promotionSeen), as the settings allow.
      onFinished(progress, shown);
    },
    [onFinished],
  );
  const {run, progress, start} = usePromotionRun(services, onSettled);
  // The plan as confirmed here: what the release notes of a finished promotion tell.
  const [sent, setSent] = useState<PromotionPlan | null>(null);
  const copyNotes = useCopyNotes(props.notify ?? QUIET);
  const {source} = pinned;
  // `u` on a newer release reviews that one instead; nothing else changes the release.
  const [release, setRelease] = useState<Release | null>(pinned.release);
  const plan = useAsync(run || !source ? null : `${source.id}:${release?.id ?? ''}`, () =>
    services.promotionPlan({board: pinned.board, source: source!, release}),
  );
  const reviewed = plan.status === 'done' ? plan.value.source.release : null;
  const {newer, check} = useNewerRelease({
    services,
    board: props.board,
    source,
    reviewed,
    chosenOlder: pinned.release !== null && release === pinned.release,
  });
  const [maintenanceError, setMaintenanceError] = useState<string | null>(null);
  const confirm = (confirmed: PromotionPlan, options: {maintenanceFirst: boolean}) => {
    setSent(confirmed);
    if (!options.maintenanceFirst) return start(confirmed);
    // Maintenance first, then the promotion: a refusal stops before anything is promoted.
    void Promise.all(
      migrationTargets(confirmed).map((app) => services.setMaintenance(app, true)),
    ).then(
      () => start(confirmed),
      (error: unknown) =>
        setMaintenanceError(`Maintenance mode could not be turned on: ${errorSentence(error)}`),
    );
  };

  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'planLoader', 'dialog'>> = {back: onClose};
      dispatchKey('dialog', input, key, handlers);
    },
    {
      isActive:
        props.isActive &&
        ((plan.status !== 'done' && plan.status !== 'idle') || maintenanceError !== null),
    },
  );

  if (!source) return <MissingApp isActive={props.isActive} onBack={onClose} />;
  const onCopyNotes =
    run && progress && sent && isSettled(progress) && progressSummary(progress).ok
      ? () =>
          copyNotes(sent.source.app.name, () =>
            planNotes(sent, pinned.board, {compareUrl: null, shipped: true}),
          )
      : null;
  if (run && progress && props.after && progressSucceeded(progress)) {
    return (
      <ProgressWithVerification
        run={run}
        progress={progress}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onClose={onClose}
        after={props.after}
        onCopyNotes={onCopyNotes}
      />
    );
  }
  if (run && progress) {
    return (
      <PromotionProgress
        run={run}
        progress={progress}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onClose={onClose}
        onCopyNotes={onCopyNotes}
      />
    );
  }
  if (plan.status === 'done' && maintenanceError === null) {
    return (
      <PromoteDialog
        key={plan.value.source.release?.id ?? ''}
        plan={plan.value}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onConfirm={confirm}
        onCancel={onClose}
        newer={newer}
        onReplan={() => newer && setRelease(newer)}
        onConfirmStep={check}
      />
    );
  }
  if (plan.status === 'failed' || maintenanceError !== null) {
    const sentence = maintenanceError
      ? `${maintenanceError} Nothing was promoted.`
      : `Could not prepare the promotion: ${plan.status === 'failed' ? errorSentence(plan.error) : ''}`;
    return (
      <Box flexDirection="column" width={props.width}>
        <Text color="red">{sentence}</Text>
        <Text dimColor>{BACK}: back to the board</Text>
      </Box>
    );
  }
  return (
    <Text>
      <Text color="cyan">
        <Spinner type="dots" />
      </Text>{' '}
      Preparing the promotion of {source.name}: commits, targets, config vars… ({BACK} cancels)
    </Text>
  );
}
