import {useEffect, useMemo} from 'react';
import type {AppCard, Release} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useAsync} from '../hooks/useAsync.js';
import {useServices} from '../services.js';

const PENDING_POLL_MS = 1000;

export type HistoryState =
  {kind: 'loading'} | {kind: 'ready'; releases: Release[]} | {kind: 'error'; message: string};

// Keyed by the app's id, not the card: a board refresh hands in a new card for the same app.
export function useReleaseHistory(app: AppCard): {state: HistoryState; reload: () => void} {
  const services = useServices();
  const answer = useAsync(app.id, () => services.releaseHistory(app));
  const {reload} = answer;
  const releases = answer.status === 'done' ? answer.value : null;
  const error = answer.status === 'failed' ? answer.error : null;
  // A new state only when a new answer lands, not when a reload starts: the pending
  // watch below re-arms on answers.
  const state = useMemo((): HistoryState => {
    if (releases) return {kind: 'ready', releases};
    if (error !== null) return {kind: 'error', message: errorSentence(error)};
    return {kind: 'loading'};
  }, [releases, error]);
  // A release whose release phase still runs (after a rollback, say) is watched until it
  // settles, so the list does not keep saying pending.
  const pending = state.kind === 'ready' && state.releases[0]?.status === 'pending';
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, state, reload]);
  return {state, reload};
}
