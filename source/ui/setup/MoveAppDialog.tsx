import {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {setupNamingWarning, suggestedStage} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import type {Stage} from '../../board/types.js';
import {SetupConfirm} from './SetupConfirm.js';
import {StagePicker} from './StagePicker.js';

export type MoveAppDialogProps = {
  app: {name: string; stage: Stage};
  isActive: boolean;
  error?: string | null;
  onConfirm: (stage: Stage) => void;
  onCancel: () => void;
};

// Another stage for the app under the cursor, then the confirmation (typed name when
// production is the source or the target), with the naming warning when it applies.
export function MoveAppDialog({app, isActive, error, onConfirm, onCancel}: MoveAppDialogProps) {
  const [stage, setStage] = useState<Stage | null>(null);
  const done = useRef(false);
  const once = (act: () => void) => {
    if (done.current) return;
    done.current = true;
    act();
  };
  const suggested = suggestedStage(app.name);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Move {sanitizeText(app.name)}</Text>
      {stage === null ? (
        <StagePicker
          title="To stage:"
          initial={suggested && suggested !== app.stage ? suggested : app.stage}
          suggested={suggested}
          current={app.stage}
          isActive={isActive}
          onChoose={setStage}
          onCancel={() => once(onCancel)}
        />
      ) : (
        <SetupConfirm
          change={{kind: 'move', app: app.name, from: app.stage, to: stage}}
          warning={setupNamingWarning(app.name, stage)}
          error={error}
          isActive={isActive}
          onConfirm={() => once(() => onConfirm(stage))}
          onCancel={() => once(onCancel)}
        />
      )}
    </Box>
  );
}
