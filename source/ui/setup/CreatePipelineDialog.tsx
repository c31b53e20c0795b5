import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {pipelineNameProblem} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import type {SetupOwner} from '../../contract/setup.js';
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
      if (key.escape) return cancel();
      if (step !== 'owner') return;
      const last = owners.length - 1;
      if (key.upArrow || input === 'k') at.current = Math.max(0, at.current - 1);
      else if (key.downArrow || input === 'j') at.current = Math.min(last, at.current + 1);
      else if (key.return && owners[at.current]) return setStep('confirm');
      setCursor(at.current);
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
        {step === 'name' ? 'Enter goes on · Esc cancels' : '↑/↓ choose · Enter picks · Esc cancels'}
      </Text>
    </Box>
  );
}
