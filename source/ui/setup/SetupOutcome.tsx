import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';

export type SetupOutcomeProps = {
  // loading: what the dialog needs is on its way (Esc goes back, nothing was sent);
  // sending: the change is at Heroku (keys wait for its answer, so it is never sent twice);
  // failed: Heroku's refusal, one sentence (Enter or Esc goes back).
  state: 'loading' | 'sending' | 'failed';
  text: string;
  isActive: boolean;
  onBack: () => void;
};

const BACK = offeredKey('dialog', 'back') ?? 'Esc';
const CHOOSE = offeredKey('dialog', 'choose') ?? 'Enter';

export function SetupOutcome({state, text, isActive, onBack}: SetupOutcomeProps) {
  useKeys(
    (input, key) => {
      if (state === 'sending') return;
      // Enter goes back from a refusal only: while loading it may be meant for what comes.
      const handlers: KeyHandlers<HandledBy<'setupOutcome', 'dialog'>> = {
        choose: () => (state === 'failed' ? onBack() : undefined),
        back: onBack,
      };
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive},
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      {state === 'failed' ? (
        <>
          <Text color="red" wrap="wrap">
            {sanitizeText(text)}
          </Text>
          <Text dimColor>
            {CHOOSE} or {BACK} goes back.
          </Text>
        </>
      ) : (
        <>
          <Text>
            <Text color="cyan">
              <Spinner type="dots" />
            </Text>{' '}
            {sanitizeText(text)}
          </Text>
          {state === 'loading' && <Text dimColor>{BACK} goes back; nothing is sent.</Text>}
        </>
      )}
    </Box>
  );
}
