import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey, offeredKeys, orList} from '../../board/key-hints.js';
import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {confirmationMatches, type Confirmation} from '../../board/confirmation.js';
import type {HandledBy} from '../key-handlers.js';
import {LineInput} from '../LineInput.js';

// The keys the question names, from the table.
const YES = offeredKey('confirm', 'confirm-yes') ?? 'y';
const CANCEL = offeredKey('typing', 'back') ?? 'Esc';
// The y/n question's other ways out, in the order a person reaches for them.
const NO_KEYS = orList(
  ['n', 'Enter', CANCEL].filter((k) => offeredKeys('confirm', 'back').includes(k)),
);

// The question as plain text, for a dialog that measures the lines it takes. A narrow
// dialog asks the typed kind in short (`Type whitewave-prod:`), so the name to type stays
// whole and readable on the screen.
export function confirmQuestion(confirmation: Confirmation, action: string, short = false): string {
  if (confirmation.kind === 'yes') return `Press ${YES} to ${action}; ${NO_KEYS} cancels.`;
  return short
    ? `Type ${confirmation.text}:`
    : `Type ${confirmation.text} to ${action} (${CANCEL} cancels):`;
}

export type ConfirmPromptProps = {
  confirmation: Confirmation;
  // The verb of the action: 'promote', 'roll back'.
  action: string;
  short?: boolean; // the short question, for a narrow dialog
  isActive: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  // A promotion's confirmation: review the newer release the source runs now instead.
  onReplan?: () => void;
};

// The last step before anything is sent. A typed name for production, `y` elsewhere;
// anything else (Enter, a digit, a stray key) never confirms, and Esc always cancels.
export function ConfirmPrompt({
  confirmation,
  action,
  short = false,
  isActive,
  onConfirm,
  onCancel,
  onReplan,
}: ConfirmPromptProps) {
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
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
      // The typed kind's text goes to its field; only Esc is a command there.
      const cancel = () => decide(false);
      const replan = () => {
        if (onReplan && !decided.current) onReplan();
      };
      if (confirmation.kind === 'type') {
        const typing: KeyHandlers<HandledBy<'confirmPrompt', 'typing'>> = {back: cancel, replan};
        dispatchKey('typing', input, key, typing);
        return;
      }
      const yesNo: KeyHandlers<HandledBy<'confirmPrompt', 'confirm'>> = {
        'confirm-yes': () => decide(true),
        back: cancel,
        replan,
      };
      if (dispatchKey('confirm', input, key, yesNo) === null) setStray((n) => n + 1);
    },
    {isActive},
  );

  if (confirmation.kind === 'yes') {
    return (
      <Box flexDirection="column">
        <Text>
          Press <Text bold>{YES}</Text> to {action}; {NO_KEYS} cancels.
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
        </Text>
        {short ? ':' : ` to ${action} (${CANCEL} cancels):`}
      </Text>
      <Box>
        <Text>{'> '}</Text>
        {/* A wrong answer leaves an empty field, so the next try is typed whole, also when
            its keys arrive before the message about the wrong one is drawn. */}
        <LineInput
          value={typed}
          focus={isActive}
          clearOnSubmit
          onChange={(value) => {
            setTyped(value);
            setMismatch(false);
          }}
          onSubmit={(value) => {
            if (confirmationMatches(confirmation, value)) return decide(true);
            setMismatch(value.trim() !== '');
          }}
        />
      </Box>
      {mismatch && (
        <Text color="yellow">
          That is not {confirmation.text}: type it exactly, or {CANCEL} to cancel.
        </Text>
      )}
    </Box>
  );
}
