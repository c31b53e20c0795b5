import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKeys} from '../../board/key-hints.js';
import type {HandledBy} from '../key-handlers.js';
import {useKeys} from './useKeys.js';

// A screen that says why the program cannot go on: Enter, Esc and q end it, as Ctrl-C does.
export function useNoticeKeys(onQuit: () => void, isActive: boolean) {
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'notice', 'notice'>> = {
        choose: onQuit,
        back: onQuit,
        quit: onQuit,
      };
      dispatchKey('notice', input, key, handlers);
    },
    {isActive},
  );
}

// The line under such a screen's message, with the keys of the table.
export function quitLine(): string {
  return `Press ${offeredKeys('notice', 'back').join(' or ')} to quit.`;
}
