import {Text} from 'ink';
import {commandFor} from '../../board/keymap.js';
import {useKeys} from '../hooks/useKeys.js';

// A view opened for an app that a refresh took off the board meanwhile.
export function MissingApp({isActive, onBack}: {isActive: boolean; onBack: () => void}) {
  useKeys(
    (input, key) => {
      const command = commandFor(input, key, 'dialog');
      if (command === 'back' || command === 'choose') onBack();
    },
    {isActive},
  );
  return <Text color="yellow">That app is no longer on the board. Esc: back.</Text>;
}
