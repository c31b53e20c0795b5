import {useCallback, useEffect, useState} from 'react';
import type {AppCard, Release} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

const PENDING_POLL_MS = 1000;

export type HistoryState =
  {kind: 'loading'} | {kind: 'ready'; releases: Release[]} | {kind: 'error'; message: string};

export function useReleaseHistory(app: AppCard): {state: HistoryState; reload: () => void} {
  const services = useServices();
  const [state, setState] = useState<HistoryState>({kind: 'loading'});
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    services
      .releaseHistory(app)
      .then((releases) => live && setState({kind: 'ready', releases}))
      .catch((error: unknown) => live && setState({kind: 'error', message: errorSentence(error)}));
    return () => {
      live = false;
    };
    // The app's id, not the card: a board refresh hands in a new card for the same app.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, app.id, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
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
