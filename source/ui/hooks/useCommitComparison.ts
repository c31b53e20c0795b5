import {codePairKey, unknownComparison} from '../../board/comparisons.js';
import type {AppCard, CommitComparison} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';
import {foldAsync, useAsync} from './useAsync.js';

export type CommitComparisonState =
  {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; comparison: CommitComparison};

function failed(error: unknown): CommitComparison {
  const detail = errorSentence(error).replace(/[.\s]+$/, '');
  return unknownComparison(`The comparison failed: ${detail}.`, 'none');
}

// Loads the comparison of one pair; with no pair it stays idle (nothing to compare).
// The key stands for from and to: a new object with the same commits is the same pair,
// and an answer for another pair (the previous one, still on screen) is not this one's.
export function useCommitComparison(
  from: AppCard | null,
  to: AppCard | null,
): CommitComparisonState {
  const {compare} = useServices();
  const key = from && to ? codePairKey(from, to) : null;
  const answer = useAsync(key, () => compare(from!, to!));
  return foldAsync(answer, {
    done: (comparison) => ({kind: 'done', comparison}),
    failed: (error) => ({kind: 'done', comparison: failed(error)}),
  });
}
