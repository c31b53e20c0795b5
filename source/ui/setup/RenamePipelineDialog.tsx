import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {pipelineNameProblem} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import type {HandledBy} from '../key-handlers.js';
import {LineInput} from '../LineInput.js';
import {SetupConfirm} from './SetupConfirm.js';

export type RenamePipelineDialogProps = {
  pipelineName: string;
  hasProduction: boolean; // a pipeline with production apps needs its name typed to rename
  isActive: boolean;
  error?: string | null;
  onConfirm: (newName: string) => void;
  onCancel: () => void;
};

export function RenamePipelineDialog(props: RenamePipelineDialogProps) {
  const {pipelineName, hasProduction, isActive, error, onConfirm, onCancel} = props;
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const done = useRef(false);
  const once = (act: () => void) => {
    if (done.current) return;
    done.current = true;
    act();
  };
  useInput(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'renamePipeline', 'typing'>> = {
        back: () => once(onCancel),
      };
      dispatchKey('typing', input, key, handlers);
    },
    {isActive: isActive && chosen === null},
  );
  const problem =
    name === pipelineName
      ? 'That is the name it has.'
      : name === ''
        ? null
        : pipelineNameProblem(name);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Rename {sanitizeText(pipelineName)}</Text>
      {chosen === null ? (
        <>
          <Box>
            <Text>New name: </Text>
            <LineInput
              value={name}
              focus={isActive}
              onChange={setName}
              onSubmit={(value) => {
                if (value !== pipelineName && pipelineNameProblem(value) === null) setChosen(value);
              }}
            />
          </Box>
          {problem && <Text color="yellow">{problem}</Text>}
          <Text dimColor>
            {offeredKey('typing', 'choose') ?? 'Enter'} goes on ·{' '}
            {offeredKey('typing', 'back') ?? 'Esc'} cancels
          </Text>
        </>
      ) : (
        <SetupConfirm
          change={{kind: 'rename', pipeline: pipelineName, newName: chosen, hasProduction}}
          error={error}
          isActive={isActive}
          onConfirm={() => once(() => onConfirm(chosen))}
          onCancel={() => once(onCancel)}
        />
      )}
    </Box>
  );
}
