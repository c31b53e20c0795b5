import {commandFor} from '../../board/keymap.js';
import {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {LineInput} from '../LineInput.js';

export type CodePromptProps = {
  message: string; // Heroku's words, already sanitised
  isActive: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
};

// A code copied from an authenticator app often carries spaces between its groups.
const withoutSpaces = (text: string) => text.replace(/\s/g, '');

// Heroku asked for a second factor: the request is sent again, once, with this code.
export function CodePrompt({message, isActive, onSubmit, onCancel}: CodePromptProps) {
  const [code, setCode] = useState('');
  useInput(
    (input, key) => {
      if (commandFor(input, key, 'typing') === 'back') onCancel();
    },
    {isActive},
  );
  return (
    <Box flexDirection="column">
      <Text color="yellow">{message || 'Heroku asks for a two-factor code.'}</Text>
      <Text>Two-factor code (Enter sends it, Esc cancels):</Text>
      <Box>
        <Text>{'> '}</Text>
        <LineInput
          value={code}
          focus={isActive}
          onChange={setCode}
          keep={withoutSpaces}
          onSubmit={(value) => {
            if (value.trim() !== '') onSubmit(value.trim());
          }}
        />
      </Box>
    </Box>
  );
}
