import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import type {HandledBy} from '../key-handlers.js';
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
      const handlers: KeyHandlers<HandledBy<'codePrompt', 'typing'>> = {back: onCancel};
      dispatchKey('typing', input, key, handlers);
    },
    {isActive},
  );
  return (
    <Box flexDirection="column">
      <Text color="yellow">{message || 'Heroku asks for a two-factor code.'}</Text>
      <Text>Two-factor code (Enter sends it, {offeredKey('typing', 'back')} cancels):</Text>
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
