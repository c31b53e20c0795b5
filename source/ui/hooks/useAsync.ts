import {useCallback, useEffect, useMemo, useState} from 'react';
import {useLatest} from './useLatest.js';

export type AsyncState<T> =
  | {status: 'idle'}
  | {status: 'loading'}
  // `reloading`: a newer answer for the same key is on its way; this one stays shown.
  | {status: 'done'; value: T; reloading: boolean}
  | {status: 'failed'; error: unknown; reloading: boolean};

export type Async<T> = AsyncState<T> & {reload: () => void};

export type AsyncOptions = {
  // Answers for earlier keys are kept while mounted: coming back to a key shows its answer
  // at once and asks nothing. Without it, only the current key's answer is held.
  keep?: boolean;
};

type Answer<T> = {
  generation: number;
  settled: {ok: true; value: T} | {ok: false; error: unknown};
};

// Loads what `key` names. The key stands for everything `load` reads: a new key loads
// again, a new `load` function with the same key does not. A key of null loads nothing.
// An answer lands only while its key is still the current one and no reload came after
// it; the signal is aborted when that stops being true.
export function useAsync<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  {keep = false}: AsyncOptions = {},
): Async<T> {
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer<T>>>(() => new Map());
  const [generation, setGeneration] = useState(0);
  const latestLoad = useLatest(load);
  const latestAnswers = useLatest(answers);

  useEffect(() => {
    if (key === null) return;
    const known = latestAnswers.current.get(key);
    if (keep && known?.generation === generation) return;
    const controller = new AbortController();
    const settle = (settled: Answer<T>['settled']) => {
      if (controller.signal.aborted) return;
      const answer = {generation, settled};
      setAnswers((previous) =>
        keep ? new Map(previous).set(key, answer) : new Map([[key, answer]]),
      );
    };
    latestLoad.current(controller.signal).then(
      (value) => settle({ok: true, value}),
      (error: unknown) => settle({ok: false, error}),
    );
    return () => controller.abort();
  }, [key, generation, keep, latestLoad, latestAnswers]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const answer = key === null ? undefined : answers.get(key);
  return useMemo((): Async<T> => {
    if (key === null) return {status: 'idle', reload};
    if (!answer) return {status: 'loading', reload};
    const reloading = answer.generation !== generation;
    return answer.settled.ok
      ? {status: 'done', value: answer.settled.value, reloading, reload}
      : {status: 'failed', error: answer.settled.error, reloading, reload};
  }, [key, answer, generation, reload]);
}

// An answer in a caller's own terms: idle and loading as they are, a value or an error
// turned into what the caller shows.
export function foldAsync<T, R>(
  state: AsyncState<T>,
  fold: {done: (value: T) => R; failed: (error: unknown) => R},
): {kind: 'idle'} | {kind: 'loading'} | R {
  if (state.status === 'idle' || state.status === 'loading') return {kind: state.status};
  return state.status === 'done' ? fold.done(state.value) : fold.failed(state.error);
}
