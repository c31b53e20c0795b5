import {useEffect, useState} from 'react';
import {codePairKey, unknownComparison} from '../../board/comparisons.js';
import type {AppCard, CommitComparison} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

export type CommitComparisonState =
  {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; comparison: CommitComparison};

function failed(error: unknown): CommitComparison {
  const detail = errorSentence(error).replace(/[.\s]+$/, '');
  return unknownComparison(`The comparison failed: ${detail}.`, 'none');
}

// Loads the comparison of one pair; with no pair it stays idle (nothing to compare).
export function useCommitComparison(
  from: AppCard | null,
  to: AppCard | null,
): CommitComparisonState {
  const {compare} = useServices();
  const key = from && to ? codePairKey(from, to) : null;
  const [state, setState] = useState<{key: string; comparison: CommitComparison} | null>(null);

  useEffect(() => {
    if (key === null || !from || !to) return;
    let current = true;
    compare(from, to).then(
      (comparison) => {
        if (current) setState({key, comparison});
      },
      (error: unknown) => {
        if (current) setState({key, comparison: failed(error)});
      },
    );
    return () => {
      current = false;
    };
    // The key stands for from and to: a new object with the same commits is the same pair.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compare, key]);

  // An answer for another pair (the previous one, still on screen) is not this pair's answer.
  if (key === null) return {kind: 'idle'};
  if (state === null || state.key !== key) return {kind: 'loading'};
  return {kind: 'done', comparison: state.comparison};
}
