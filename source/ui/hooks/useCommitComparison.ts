import {useEffect, useState} from 'react';
import type {AppCard, CommitComparison} from '../../board/types.js';
import {sanitizeText} from '../../board/sanitize.js';
import {useServices} from '../services.js';

export type CommitComparisonState =
  {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; comparison: CommitComparison};

// What decides the answer: the two apps and the commits they run. A board refresh that hands
// in new card objects for the same commits does not start a new comparison.
function pairKey(from: AppCard | null, to: AppCard | null): string | null {
  if (!from || !to) return null;
  return [from.id, from.commit?.sha ?? '', to.id, to.commit?.sha ?? ''].join('\n');
}

function failed(error: unknown): CommitComparison {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    status: 'unknown',
    ahead: null,
    behind: null,
    commits: [],
    behindCommits: [],
    files: [],
    compareUrl: null,
    source: 'none',
    reason: `The comparison failed: ${sanitizeText(detail).replace(/[.\s]+$/, '')}.`,
  };
}

// Loads the comparison of one pair; with no pair it stays idle (nothing to compare).
export function useCommitComparison(
  from: AppCard | null,
  to: AppCard | null,
): CommitComparisonState {
  const {compare} = useServices();
  const key = pairKey(from, to);
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
