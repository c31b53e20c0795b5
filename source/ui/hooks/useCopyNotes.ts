import {useCallback, useRef} from 'react';
import {copyOutcomeSentence} from '../../contract/notes.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';
import type {MessageTone} from './useTransientMessage.js';

// Copies release notes and says how it went in the message line: on the clipboard, or the
// file they were written to where the terminal cannot take them. One copy at a time.
export function useCopyNotes(notify: (text: string, tone?: MessageTone) => void) {
  const services = useServices();
  const busy = useRef(false);
  return useCallback(
    (name: string, notes: () => Promise<string> | string) => {
      if (busy.current) return;
      busy.current = true;
      notify('Preparing the release notes…');
      void Promise.resolve()
        .then(notes)
        .then((markdown) => notify(copyOutcomeSentence(services.copyNotes(markdown, name))))
        .catch((error: unknown) =>
          notify(`The release notes could not be made: ${errorSentence(error)}`, 'error'),
        )
        .finally(() => {
          busy.current = false;
        });
    },
    [services, notify],
  );
}
