import type {Drift} from '../../board/drift.js';
import type {AppCard} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {foldAsync, useAsync} from '../hooks/useAsync.js';
import {useServices} from '../services.js';

export type DriftState =
  | {kind: 'idle'}
  | {kind: 'loading'}
  | {kind: 'done'; drift: Drift}
  | {kind: 'failed'; reason: string};

const pairKey = (from: AppCard, to: AppCard) => `${from.id}\n${to.id}`;

// Loads the drift of one pair. Answers are kept while the view is open, so switching
// between pairs does not ask Heroku again; they hold names only. The key stands for from
// and to: new card objects for the same apps are the same pair.
export function useDrift(from: AppCard | null, to: AppCard | null): DriftState {
  const {drift} = useServices();
  const key = from && to ? pairKey(from, to) : null;
  const answer = useAsync(key, () => drift(from!, to!), {keep: true});
  return foldAsync(answer, {
    done: (result): DriftState => ({kind: 'done', drift: result}),
    failed: (error) => ({kind: 'failed', reason: errorSentence(error)}),
  });
}
