import {useMemo, type ReactElement} from 'react';
import type {SetupViewKind} from '../../board/board-state.js';
import {findApp} from '../../board/stages.js';
import {formatAge} from '../../shared/age.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {errorSentence} from '../error-sentence.js';
import {useAsync} from '../hooks/useAsync.js';
import {useServices} from '../services.js';
import type {ViewProps} from '../view-props.js';
import {AddAppDialog} from './AddAppDialog.js';
import {MoveAppDialog} from './MoveAppDialog.js';
import {RenamePipelineDialog} from './RenamePipelineDialog.js';
import {SetupConfirm} from './SetupConfirm.js';
import {SetupOutcome} from './SetupOutcome.js';
import {useSetupChange} from './useSetupChange.js';
import {Box, Text} from 'ink';

type PaneProps = ViewProps;

const pipelineOf = (props: ViewProps) => ({
  id: props.board.pipeline.id,
  name: props.pipelineName ?? props.board.pipeline.name,
});

// The board's setup views: each dialog asks, then its one change is sent, the board is
// reloaded and the cursor put on the app changed; a refusal is one sentence.
export function SetupPane(props: ViewProps) {
  const kind = props.view.kind as SetupViewKind;
  const Pane = PANES[kind];
  return <Pane {...props} />;
}

function Add(props: PaneProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const pipeline = pipelineOf(props);
  const addable = useAsync('addable', async () => {
    const [apps, coupled] = await Promise.all([
      services.listUnpipedApps(),
      services.listCoupledApps(),
    ]);
    return {apps, coupled};
  });
  const now = useMemo(() => services.now(), [services]);
  if (run.kind !== 'asking') return <Outcome {...props} run={run} />;
  if (addable.status === 'failed') {
    return (
      <SetupOutcome
        state="failed"
        text={`Could not list the apps: ${errorSentence(addable.error)}`}
        isActive={props.isActive}
        onBack={props.onBack}
      />
    );
  }
  const listed = addable.status === 'done' ? addable.value : null;
  return (
    <AddAppDialog
      pipelineName={pipeline.name}
      apps={listed?.apps ?? []}
      coupled={listed?.coupled ?? []}
      loading={listed === null}
      width={props.width}
      stage={props.view.stage}
      rows={Math.max(1, Math.min(8, props.height - 7))}
      isActive={props.isActive}
      ago={(iso) => `${formatAge(iso, now)} ago`}
      onCancel={props.onBack}
      onConfirm={({app, stage}) =>
        send(
          `Adding ${app.name} to ${stage}…`,
          () => services.addApp({pipeline: pipeline.id, app: app.name, stage}),
          (coupling) => {
            props.notify(`Added ${sanitizeText(coupling.appName)} to ${coupling.stage}.`);
            props.focusApp?.(coupling.appId);
            props.onBack();
          },
        )
      }
    />
  );
}

function Move(props: PaneProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const app = findApp(props.board, props.view.appId);
  if (run.kind !== 'asking') return <Outcome {...props} run={run} />;
  if (!app) return <Gone {...props} />;
  return (
    <MoveAppDialog
      app={{name: app.name, stage: app.stage}}
      isActive={props.isActive}
      onCancel={props.onBack}
      onConfirm={(stage) =>
        send(
          `Moving ${app.name} to ${stage}…`,
          () => services.moveApp({app: app.id, stage}),
          ({from, coupling}) => {
            props.notify(`Moved ${app.name} from ${from} to ${coupling.stage}.`);
            props.focusApp?.(app.id);
            props.onBack();
          },
        )
      }
    />
  );
}

function Remove(props: PaneProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const app = findApp(props.board, props.view.appId);
  if (run.kind !== 'asking') return <Outcome {...props} run={run} />;
  if (!app) return <Gone {...props} />;
  return (
    <Frame title={`Remove ${app.name}`}>
      <SetupConfirm
        change={{kind: 'remove', app: app.name, stage: app.stage}}
        isActive={props.isActive}
        onCancel={props.onBack}
        onConfirm={() =>
          send(
            `Removing ${app.name}…`,
            () => services.removeApp({app: app.id}),
            () => {
              props.notify(
                `Removed ${app.name} from ${sanitizeText(pipelineOf(props).name)}; the app is kept.`,
              );
              props.refresh();
              props.onBack();
            },
          )
        }
      />
    </Frame>
  );
}

function Rename(props: PaneProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const pipeline = pipelineOf(props);
  const hasProduction = props.board.columns.some(
    (c) => c.stage === 'production' && c.apps.length > 0,
  );
  if (run.kind !== 'asking') return <Outcome {...props} run={run} />;
  return (
    <RenamePipelineDialog
      pipelineName={pipeline.name}
      hasProduction={hasProduction}
      isActive={props.isActive}
      onCancel={props.onBack}
      onConfirm={(name) =>
        send(
          `Renaming ${pipeline.name} to ${name}…`,
          () => services.renamePipeline({pipeline: pipeline.id, name}),
          (renamed) => {
            props.notify(
              `Renamed ${sanitizeText(pipeline.name)} to ${sanitizeText(renamed.name)}.`,
            );
            props.onPipelineRenamed?.({id: renamed.id, name: renamed.name});
            props.refresh();
            props.onBack();
          },
        )
      }
    />
  );
}

function Destroy(props: PaneProps) {
  const services = useServices();
  const {run, send} = useSetupChange();
  const pipeline = pipelineOf(props);
  if (run.kind !== 'asking') return <Outcome {...props} run={run} />;
  return (
    <Frame title={`Destroy ${pipeline.name}`}>
      <SetupConfirm
        change={{kind: 'destroy', pipeline: pipeline.name}}
        isActive={props.isActive}
        onCancel={props.onBack}
        onConfirm={() =>
          send(
            `Destroying ${pipeline.name}…`,
            () => services.destroyPipeline({pipeline: pipeline.id}),
            () => props.onPipelineDestroyed?.(),
          )
        }
      />
    </Frame>
  );
}

function Frame({title, children}: {title: string; children: ReactElement}) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{sanitizeText(title)}</Text>
      {children}
    </Box>
  );
}

function Outcome(
  props: PaneProps & {run: {kind: 'sending'; text: string} | {kind: 'failed'; message: string}},
) {
  const {run} = props;
  return (
    <SetupOutcome
      state={run.kind}
      text={run.kind === 'sending' ? run.text : run.message}
      isActive={props.isActive}
      onBack={() => {
        props.refresh();
        props.onBack();
      }}
    />
  );
}

function Gone(props: PaneProps) {
  return (
    <SetupOutcome
      state="failed"
      text="That app is no longer on the board."
      isActive={props.isActive}
      onBack={props.onBack}
    />
  );
}

const PANES: Record<SetupViewKind, (props: PaneProps) => ReactElement> = {
  'add-app': Add,
  'move-app': Move,
  'remove-app': Remove,
  'rename-pipeline': Rename,
  'destroy-pipeline': Destroy,
};
