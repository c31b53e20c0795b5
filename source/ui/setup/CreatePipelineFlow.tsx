import {Box} from 'ink';
import type {PipelineSummary} from '../../board/types.js';
import {errorSentence} from '../error-sentence.js';
import {useAsync} from '../hooks/useAsync.js';
import {useServices} from '../services.js';
import {CreatePipelineDialog} from './CreatePipelineDialog.js';
import {SetupOutcome} from './SetupOutcome.js';
import {useSetupChange} from './useSetupChange.js';

export type CreatePipelineFlowProps = {
  width: number;
  // The new pipeline, to open its (empty) board.
  onCreated: (pipeline: PipelineSummary) => void;
  onCancel: () => void;
};

// From the picker: the owners are listed (you, then your teams), the dialog asks, and only
// its confirmation sends the one POST /pipelines.
export function CreatePipelineFlow({width, onCreated, onCancel}: CreatePipelineFlowProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const owners = useAsync('owners', () => services.listOwners());
  let body;
  if (run.kind === 'sending') {
    body = <SetupOutcome state="sending" text={run.text} isActive onBack={onCancel} />;
  } else if (run.kind === 'failed') {
    body = <SetupOutcome state="failed" text={run.message} isActive onBack={onCancel} />;
  } else if (owners.status !== 'failed') {
    // Drawn at once, so a name typed while the owners load is kept.
    body = (
      <CreatePipelineDialog
        owners={owners.status === 'done' ? owners.value : []}
        isActive
        onCancel={onCancel}
        onConfirm={({name, owner}) =>
          send(
            `Creating pipeline ${name}…`,
            () =>
              services.createPipeline({name, team: owner.type === 'team' ? owner.id : undefined}),
            ({pipeline}) =>
              onCreated({
                id: pipeline.id,
                name: pipeline.name,
                ownerType: pipeline.owner?.type ?? owner.type,
                ownerId: pipeline.owner?.id ?? owner.id,
                createdAt: null,
                generation: null,
              }),
          )
        }
      />
    );
  } else {
    body = (
      <SetupOutcome
        state="failed"
        text={`Could not list your teams: ${errorSentence(owners.error)}`}
        isActive
        onBack={onCancel}
      />
    );
  }
  return (
    <Box flexDirection="column" width={Math.min(width, 80)}>
      {body}
    </Box>
  );
}
