import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {confirmationMatches, type Confirmation} from '../../board/confirmation.js';

export type ConfirmPromptProps = {
  confirmation: Confirmation;
  // The verb of the action: 'promote', 'roll back'.
  action: string;
  isActive: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

// The last step before anything is sent. A typed name for production, `y` elsewhere;
// anything else (Enter, a digit, a stray key) never confirms, and Esc always cancels.
export function ConfirmPrompt({
  confirmation,
  action,
  isActive,
  onConfirm,
  onCancel,
}: ConfirmPromptProps) {
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  // A wrong answer starts a fresh field: resetting the value of a mounted ink-text-input
  // leaves its cursor behind for a moment, and a quick key then lands in the wrong place.
  const [attempt, setAttempt] = useState(0);
  const [stray, setStray] = useState(0);
  // Two keys in one chunk must not confirm, or cancel, twice.
  const decided = useRef(false);
  const decide = (confirmed: boolean) => {
    if (decided.current) return;
    decided.current = true;
    if (confirmed) onConfirm();
    else onCancel();
  };

  useInput(
    (input, key) => {
      if (key.escape) return decide(false);
      if (confirmation.kind !== 'yes') return;
      if (confirmationMatches(confirmation, input)) decide(true);
      else if (input === 'n' || input === 'N' || input === 'q' || key.return) decide(false);
      else setStray((n) => n + 1);
    },
    {isActive},
  );

  if (confirmation.kind === 'yes') {
    return (
      <Box flexDirection="column">
        <Text>
          Press <Text bold>y</Text> to {action}; <Text bold>n</Text>, Enter or Esc cancels.
        </Text>
        {stray > 0 && <Text color="yellow">Only y confirms.</Text>}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text>
        Type{' '}
        <Text bold color="red">
          {confirmation.text}
        </Text>{' '}
        to {action} (Esc cancels):
      </Text>
      <Box>
        <Text>{'> '}</Text>
        <TextInput
          key={attempt}
          value={typed}
          focus={isActive}
          onChange={(value) => {
            setTyped(value);
            setMismatch(false);
          }}
          onSubmit={(value) => {
            if (confirmationMatches(confirmation, value)) return decide(true);
            setMismatch(value.trim() !== '');
            setTyped('');
            setAttempt((n) => n + 1);
          }}
        />
      </Box>
      {mismatch && (
        <Text color="yellow">
          That is not {confirmation.text}: type it exactly, or Esc to cancel.
        </Text>
      )}
    </Box>
  );
}
