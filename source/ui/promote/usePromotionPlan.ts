import {useEffect, useState} from 'react';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import type {AppCard, Board, Release} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

export type PlanState =
  {kind: 'loading'} | {kind: 'ready'; plan: PromotionPlan} | {kind: 'error'; message: string};

// Loads the plan once per source and release: the dialog reviews exactly that plan, and a
// board refresh meanwhile does not swap the release under the person's eyes.
export function usePromotionPlan(
  board: Board,
  source: AppCard,
  release: Release | null,
): PlanState {
  const services = useServices();
  const [state, setState] = useState<PlanState>({kind: 'loading'});
  const [pinned] = useState(() => ({board, source}));
  useEffect(() => {
    let live = true;
    services
      .promotionPlan({board: pinned.board, source: pinned.source, release})
      .then((plan) => live && setState({kind: 'ready', plan}))
      .catch((error: unknown) => live && setState({kind: 'error', message: errorSentence(error)}));
    return () => {
      live = false;
    };
  }, [services, pinned, release]);
  return state;
}
