import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {useCallback, useEffect, useRef, useState} from 'react';
import {Box, Text, useStderr} from 'ink';
import Spinner from 'ink-spinner';
import {isSettled, type PromotionProgress as Progress} from '../../board/promotion-progress.js';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import type {AppCard, Board, Release} from '../../board/types.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';
import {useServices} from '../services.js';
import {PromoteDialog} from './PromoteDialog.js';
import {PromotionProgress} from './PromotionProgress.js';
import type {PromotionRun} from './promotion-services.js';
import {usePromotionPlan} from './usePromotionPlan.js';

export type PromoteFlowProps = {
  board: Board;
  source: AppCard;
  // An older release chosen in the history; by default what the source runs.
  release?: Release | null;
  width: number;
  height: number;
  isActive: boolean;
  onClose: () => void;
  // Once a promotion that was created settles, whether its view is still open (`shown`)
  // or the person went back to the board meanwhile.
  onFinished: (progress: Progress, shown: boolean) => void;
};

const BELL = '\u0007';
// The key that leaves the preparation, named in its lines.
const BACK = offeredKey('dialog', 'back');

function PlanLoader(props: PromoteFlowProps & {onConfirm: (plan: PromotionPlan) => void}) {
  const state = usePromotionPlan(props.board, props.source, props.release ?? null);
  const {onClose} = props;
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'planLoader', 'dialog'>> = {back: onClose};
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive: props.isActive && state.kind !== 'ready'},
  );
  if (state.kind === 'ready') {
    return (
      <PromoteDialog
        plan={state.plan}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onConfirm={props.onConfirm}
        onCancel={onClose}
      />
    );
  }
  if (state.kind === 'error') {
    return (
      <Box flexDirection="column" width={props.width}>
        <Text color="red">Could not prepare the promotion: {state.message}</Text>
        <Text dimColor>{BACK}: back to the board</Text>
      </Box>
    );
  }
  return (
    <Text>
      <Text color="cyan">
        <Spinner type="dots" />
      </Text>{' '}
      Preparing the promotion of {props.source.name}: commits, targets, config vars… ({BACK}{' '}
      cancels)
    </Text>
  );
}

// `p`: the dialog, then the promotion's progress. While a promotion runs, `p` shows it
// again instead of offering a second one.
export function PromoteFlow(props: PromoteFlowProps) {
  const services = useServices();
  // Straight to the stream: a BEL moves no cursor, and Ink's own write() would redraw
  // the whole frame around it.
  const {stderr} = useStderr();
  const [run, setRun] = useState<PromotionRun | null>(() => services.runningPromotion());
  const {onFinished} = props;
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const start = useCallback(
    (plan: PromotionPlan) => {
      const already = services.runningPromotion();
      const started = services.startPromotion(plan);
      if (started !== already) {
        const stop = started.subscribe((progress) => {
          if (!isSettled(progress)) return;
          stop();
          if (progress.promotionId === null) return;
          stderr.write(BELL);
          onFinished(progress, mounted.current);
        });
      }
      setRun(started);
    },
    [services, stderr, onFinished],
  );

  if (run) {
    return (
      <PromotionProgress
        run={run}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onClose={props.onClose}
      />
    );
  }
  return <PlanLoader {...props} onConfirm={start} />;
}
