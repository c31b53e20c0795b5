import {useCallback, useRef, useState} from 'react';
import type {AppCard, Release} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

export type RollbackState =
  | {kind: 'idle'}
  | {kind: 'sending'; release: Release}
  | {kind: 'two-factor'; release: Release; message: string}
  | {kind: 'done'; release: Release; created: Release}
  | {kind: 'failed'; release: Release; message: string};

// One rollback at a time, each POST sent once; a second factor resends it once with the code.
export function useRollback(app: AppCard, onRolledBack: () => void) {
  const services = useServices();
  const [state, setState] = useState<RollbackState>({kind: 'idle'});
  const busy = useRef(false);

  const send = useCallback(
    (release: Release, code?: string) => {
      if (busy.current) return;
      busy.current = true;
      setState({kind: 'sending', release});
      const sent = services.rollback(app, release, code).catch((error: unknown) => ({
        kind: 'failed' as const,
        message: errorSentence(error),
      }));
      void sent.then((outcome) => {
        busy.current = false;
        if (outcome.kind === 'done') {
          setState({kind: 'done', release, created: outcome.release});
          onRolledBack();
        } else if (outcome.kind === 'two-factor') {
          setState({kind: 'two-factor', release, message: outcome.message});
        } else {
          setState({kind: 'failed', release, message: outcome.message});
        }
      });
    },
    [services, app, onRolledBack],
  );

  return {
    state,
    rollback: (release: Release) => send(release),
    submitCode: (code: string) => {
      if (state.kind === 'two-factor') send(state.release, code);
    },
    reset: () => {
      if (!busy.current) setState({kind: 'idle'});
    },
  };
}
