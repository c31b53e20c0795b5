import {useEffect, useMemo, useRef, useState} from 'react';
import {
  codePairKey,
  comparedPairs,
  comparisonFromCommitComparison,
  mergeComparisons,
  unknownComparison,
} from '../../board/comparisons.js';
import type {AppCard, Board, Comparison} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';
import {useDebounced} from './useDebounced.js';

// A few comparisons at a time: each may cost several GitHub calls.
const CONCURRENCY = 2;
// A review app is compared once the cursor has rested on it this long: scrolling through
// two hundred review apps asks for the one it stops at, not for every one it passes.
export const REVIEW_REST_MS = 250;

type Pair = {from: AppCard; to: AppCard};

// By the code on both sides, so a refresh that moves neither app asks nothing.
const pairKey = ({from, to}: Pair) => codePairKey(from, to);

// Only pairs that run different known commits need a diff source; the rest are settled
// by their SHAs. Review apps are many and short-lived: only the selected one is asked.
function pairsToAsk(board: Board | null, selectedAppId: string | null): Pair[] {
  if (!board) return [];
  return comparedPairs(board).filter(
    (pair) =>
      (pair.from.stage !== 'review' || pair.from.id === selectedAppId) &&
      pair.from.commit?.sha &&
      pair.to.commit?.sha &&
      pair.from.commit.sha !== pair.to.commit.sha,
  );
}

// The board's comparisons with commit counts from services.compare() merged in as they arrive.
// `selectedAppId` is the review app under the cursor (null elsewhere); it is compared, and
// its counts shown, once the cursor rests on it.
export function useComparisons(board: Board | null, selectedAppId: string | null): Comparison[] {
  const services = useServices();
  const restingOn = useDebounced(selectedAppId, REVIEW_REST_MS);
  const results = useRef(new Map<string, Comparison>());
  const asked = useRef(new Set<string>());
  const pending = useRef<Pair[]>([]);
  // The pairs the board shows now: only their answers are worth a new frame.
  const shown = useRef(new Set<string>());
  const active = useRef(0);
  const mounted = useRef(true);
  const [version, setVersion] = useState(0);
  const pairs = useMemo(() => pairsToAsk(board, restingOn), [board, restingOn]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const inQueue = asked.current;
    const queue = pending.current;
    shown.current = new Set(pairs.map(pairKey));
    for (const pair of pairs) {
      if (inQueue.has(pairKey(pair))) continue;
      inQueue.add(pairKey(pair));
      queue.push(pair);
    }
    const worker = async () => {
      active.current += 1;
      try {
        for (let pair = queue.shift(); pair; pair = queue.shift()) {
          const result = await services
            .compare(pair.from, pair.to)
            .catch((error: unknown) => unknownComparison(errorSentence(error), 'none'));
          const comparison = comparisonFromCommitComparison(pair.from, pair.to, result);
          // A result stays true for its SHAs even when the board or the cursor moved on
          // meanwhile: kept for later, but a review app left behind draws nothing now.
          results.current.set(pairKey(pair), comparison);
          if (mounted.current && shown.current.has(pairKey(pair))) setVersion((v) => v + 1);
        }
      } finally {
        active.current -= 1;
      }
    };
    // The limit holds across boards: workers still busy from an earlier board count.
    while (active.current < CONCURRENCY && queue.length > 0) void worker();
    return () => {
      // Pairs not started yet are asked again if a later board still has them.
      for (const pair of queue.splice(0)) inQueue.delete(pairKey(pair));
    };
  }, [services, pairs]);

  return useMemo(() => {
    if (!board) return [];
    const known = pairs.flatMap((pair) => results.current.get(pairKey(pair)) ?? []);
    return mergeComparisons(board.comparisons, known);
    // `version` stands for the contents of `results`, which a ref does not announce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, pairs, version]);
}
