import {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';

export type CodePromptProps = {
  message: string; // Heroku's words, already sanitised
  isActive: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
};

// Heroku asked for a second factor: the request is sent again, once, with this code.
export function CodePrompt({message, isActive, onSubmit, onCancel}: CodePromptProps) {
  const [code, setCode] = useState('');
  useInput(
    (_input, key) => {
      if (key.escape) onCancel();
    },
    {isActive},
  );
  return (
    <Box flexDirection="column">
      <Text color="yellow">{message || 'Heroku asks for a two-factor code.'}</Text>
      <Text>Two-factor code (Enter sends it, Esc cancels):</Text>
      <Box>
        <Text>{'> '}</Text>
        <TextInput
          value={code}
          focus={isActive}
          onChange={(value) => setCode(value.replace(/\s/g, ''))}
          onSubmit={(value) => {
            if (value.trim() !== '') onSubmit(value.trim());
          }}
        />
      </Box>
    </Box>
  );
}
