import {Text} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';

// A view opened for an app that a refresh took off the board meanwhile.
export function MissingApp({isActive, onBack}: {isActive: boolean; onBack: () => void}) {
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'missing', 'dialog'>> = {back: onBack, choose: onBack};
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive},
  );
  return (
    <Text color="yellow">
      That app is no longer on the board. {offeredKey('dialog', 'back')}: back.
    </Text>
  );
}
