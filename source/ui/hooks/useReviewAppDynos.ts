import {useEffect, useState} from 'react';
import type {Board, DynoGroup} from '../../board/types.js';
import {useServices} from '../services.js';
import {REVIEW_REST_MS} from './useComparisons.js';
import {useSettled} from './useSettled.js';

// The board loads no dynos for review apps (there may be hundreds). The one the cursor
// rests on has its dynos fetched, and again at each refresh while it stays there; what was
// fetched is kept for the card when the cursor moves on. A failure leaves them unknown.
export function useReviewAppDynos(
  board: Board | null,
  reviewAppId: string | null,
): ReadonlyMap<string, DynoGroup[]> {
  const services = useServices();
  const restingOn = useSettled(reviewAppId, REVIEW_REST_MS);
  const [known, setKnown] = useState<ReadonlyMap<string, DynoGroup[]>>(() => new Map());
  useEffect(() => {
    if (!board || !restingOn) return;
    services.appDynos(restingOn).then(
      (dynos) => setKnown((map) => new Map(map).set(restingOn, dynos)),
      () => undefined,
    );
  }, [board, restingOn, services]);
  return known;
}
