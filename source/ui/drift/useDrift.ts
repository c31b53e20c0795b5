import {useEffect, useState} from 'react';
import type {Drift} from '../../board/drift.js';
import type {AppCard} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

export type DriftState =
  | {kind: 'idle'}
  | {kind: 'loading'}
  | {kind: 'done'; drift: Drift}
  | {kind: 'failed'; reason: string};

type Answer = {kind: 'done'; drift: Drift} | {kind: 'failed'; reason: string};

const pairKey = (from: AppCard, to: AppCard) => `${from.id}\n${to.id}`;

// Loads the drift of one pair. Answers are kept while the view is open, so switching
// between pairs does not ask Heroku again; they hold names only.
export function useDrift(from: AppCard | null, to: AppCard | null): DriftState {
  const {drift} = useServices();
  const key = from && to ? pairKey(from, to) : null;
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer>>(() => new Map());
  const known = key === null ? undefined : answers.get(key);

  useEffect(() => {
    if (key === null || !from || !to || known) return;
    let current = true;
    const settle = (answer: Answer) => {
      if (current) setAnswers((previous) => new Map(previous).set(key, answer));
    };
    drift(from, to).then(
      (result) => settle({kind: 'done', drift: result}),
      (error: unknown) => settle({kind: 'failed', reason: errorSentence(error)}),
    );
    return () => {
      current = false;
    };
    // The key stands for from and to: new card objects for the same apps are the same pair.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drift, key, known]);

  if (key === null) return {kind: 'idle'};
  return known ?? {kind: 'loading'};
}
