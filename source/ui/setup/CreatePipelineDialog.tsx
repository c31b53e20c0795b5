import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {pipelineNameProblem} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import type {SetupOwner} from '../../contract/setup.js';
import type {HandledBy} from '../key-handlers.js';
import {LineInput} from '../LineInput.js';
import {SetupConfirm} from './SetupConfirm.js';

export type CreatePipelineDialogProps = {
  owners: SetupOwner[]; // the account first, then its teams
  isActive: boolean;
  error?: string | null; // Heroku's refusal of the last try
  onConfirm: (input: {name: string; owner: SetupOwner}) => void;
  onCancel: () => void;
};

type Step = 'name' | 'owner' | 'confirm';

// Name (checked as it is typed, as Heroku checks it), then owner, then y: only then is
// anything reported upward. Esc cancels at every step.
export function CreatePipelineDialog({
  owners,
  isActive,
  error,
  onConfirm,
  onCancel,
}: CreatePipelineDialogProps) {
  const [step, setStep] = useState<Step>('name');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [cursor, setCursor] = useState(0);
  const at = useRef(0);
  const done = useRef(false);
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };

  useInput(
    (input, key) => {
      if (step === 'name') {
        const field: KeyHandlers<HandledBy<'createPipeline', 'typing'>> = {back: cancel};
        dispatchKey('typing', input, key, field);
        return;
      }
      const last = owners.length - 1;
      const to = (index: number) => () => {
        at.current = Math.max(0, Math.min(last, index));
        setCursor(at.current);
      };
      const list: KeyHandlers<HandledBy<'createPipeline', 'dialog'>> = {
        'app-prev': to(at.current - 1),
        'app-next': to(at.current + 1),
        choose: () => {
          if (owners[at.current]) setStep('confirm');
        },
        back: cancel,
      };
      dispatchKey('dialog', input, key, list);
    },
    {isActive: isActive && step !== 'confirm'},
  );

  const problem = pipelineNameProblem(name);
  const owner = owners[cursor];
  if (step === 'confirm' && owner) {
    return (
      <Box flexDirection="column" borderStyle="round" paddingX={1}>
        <Text bold>New pipeline</Text>
        <Text>Owner: {sanitizeText(owner.name)}</Text>
        <SetupConfirm
          change={{kind: 'create', pipeline: name}}
          error={error}
          isActive={isActive}
          onConfirm={() => {
            if (done.current) return;
            done.current = true;
            onConfirm({name, owner});
          }}
          onCancel={cancel}
        />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>New pipeline</Text>
      <Box>
        <Text>Name: </Text>
        {step === 'name' ? (
          <LineInput
            value={name}
            focus={isActive}
            onChange={(value) => {
              setName(value);
              setTried(false);
            }}
            onSubmit={(value) => {
              setTried(true);
              if (pipelineNameProblem(value) === null) setStep('owner');
            }}
          />
        ) : (
          <Text>{name}</Text>
        )}
      </Box>
      {step === 'name' && problem && (name !== '' || tried) && (
        <Text color="yellow">{problem}</Text>
      )}
      {step === 'name' && !problem && <Text color="green">Heroku accepts this name.</Text>}
      {step === 'owner' && (
        <Box flexDirection="column">
          <Text>Owner:</Text>
          {owners.length === 0 && <Text dimColor>Listing you and your teams…</Text>}
          {owners.map((o, index) => (
            <Text key={o.id} inverse={index === cursor}>
              {index === cursor ? '› ' : '  '}
              {sanitizeText(o.name)}
              {o.type === 'user' ? ' (you)' : ' (team)'}
            </Text>
          ))}
        </Box>
      )}
      <Text dimColor>
        {step === 'name'
          ? `${offeredKey('typing', 'choose') ?? 'Enter'} goes on · ${offeredKey('typing', 'back') ?? 'Esc'} cancels`
          : `↑↓ move · ${offeredKey('dialog', 'choose') ?? 'Enter'} picks · ${offeredKey('dialog', 'back') ?? 'Esc'} cancels`}
      </Text>
    </Box>
  );
}
