import {useCallback, useEffect, useRef, useState} from 'react';
import {errorSentence} from '../error-sentence.js';

export type SetupRun =
  {kind: 'asking'} | {kind: 'sending'; text: string} | {kind: 'failed'; message: string};

// One change of a setup dialog: sent once (a second call while or after it runs is
// ignored), and its refusal kept as one sentence for the dialog to show.
export function useSetupChange() {
  const [run, setRun] = useState<SetupRun>({kind: 'asking'});
  const sent = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const send = useCallback(
    <T>(text: string, change: () => Promise<T>, done: (value: T) => void) => {
      if (sent.current) return;
      sent.current = true;
      setRun({kind: 'sending', text});
      change().then(
        (value) => {
          if (mounted.current) done(value);
        },
        (error: unknown) => {
          if (mounted.current) setRun({kind: 'failed', message: errorSentence(error)});
        },
      );
    },
    [],
  );
  return {run, send};
}
