import {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import {SETUP_STAGES} from '../../board/pipeline-setup.js';
import type {Stage} from '../../board/types.js';
import {useKeys} from '../hooks/useKeys.js';
import {handledBy, type HandledBy} from '../key-handlers.js';

const HINTS = hintsFor('dialog', 60, {handled: handledBy('stagePicker', 'dialog')});

export type StagePickerProps = {
  title: string;
  // Where the cursor starts: the stage the name suggests, or the app's current one.
  initial: Stage | null;
  suggested: Stage | null;
  current?: Stage | null; // marked, and not a choice: moving to where it is changes nothing
  stages?: readonly Stage[];
  isActive: boolean;
  onChoose: (stage: Stage) => void;
  onCancel: () => void;
};

// One stage chosen with the arrows and Enter; Esc cancels. Keys come from the table.
export function StagePicker({
  title,
  initial,
  suggested,
  current = null,
  stages = SETUP_STAGES,
  isActive,
  onChoose,
  onCancel,
}: StagePickerProps) {
  const start = Math.max(0, initial ? stages.indexOf(initial) : 0);
  const [cursor, setCursor] = useState(start);
  const [already, setAlready] = useState(false);
  // Keys of one chunk arrive before a render: each reads the row the one before moved to.
  const at = useRef(start);
  const decided = useRef(false);
  const last = stages.length - 1;
  const move = (to: number) => {
    at.current = Math.min(last, Math.max(0, to));
    setCursor(at.current);
    setAlready(false);
  };

  useKeys(
    (input, key) => {
      if (decided.current) return;
      const choose = () => {
        const stage = stages[at.current]!;
        if (stage === current) return setAlready(true);
        decided.current = true;
        onChoose(stage);
      };
      const handlers: KeyHandlers<HandledBy<'stagePicker', 'dialog'>> = {
        'app-prev': () => move(at.current - 1),
        'app-next': () => move(at.current + 1),
        'app-first': () => move(0),
        'app-last': () => move(last),
        choose,
        back: () => {
          decided.current = true;
          onCancel();
        },
      };
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive},
  );

  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {stages.map((stage, index) => {
        const notes = [
          stage === suggested ? 'the name says so' : null,
          stage === current ? 'where it is now' : null,
        ].filter(Boolean);
        return (
          <Text key={stage} inverse={index === cursor} dimColor={stage === current}>
            {index === cursor ? '› ' : '  '}
            {stage}
            {notes.length > 0 ? `  (${notes.join(', ')})` : ''}
          </Text>
        );
      })}
      {already && current && (
        <Text color="yellow">It is in {current} already: choose another stage.</Text>
      )}
      <Text dimColor>{HINTS}</Text>
    </Box>
  );
}
