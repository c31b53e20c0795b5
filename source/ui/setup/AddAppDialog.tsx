import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {setupNamingWarning, suggestedStage} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import type {Stage} from '../../board/types.js';
import {filterUnpiped, type UnpipedApp} from '../../board/unpiped-apps.js';
import type {HandledBy} from '../key-handlers.js';
import {LineInput} from '../LineInput.js';
import {SetupConfirm} from './SetupConfirm.js';
import {StagePicker} from './StagePicker.js';

export type AddAppDialogProps = {
  pipelineName: string;
  apps: UnpipedApp[]; // the account's and its teams' apps in no pipeline
  // Apps already in a pipeline, so a name typed in full says where it is instead of nothing.
  coupled?: Array<{appName: string; pipelineName: string}>;
  rows?: number; // how many apps the list shows at once
  width?: number; // of the dialog, frame included: the name column gives way first
  loading?: boolean; // the list is on its way: what is typed meanwhile is kept
  stage?: Stage; // where the cursor was: the stage offered when the name suggests none
  isActive: boolean;
  error?: string | null;
  // Relative time of a release, e.g. "3d ago"; the owner knows the clock.
  ago?: (iso: string) => string;
  onConfirm: (input: {app: UnpipedApp; stage: Stage}) => void;
  onCancel: () => void;
};

type Step =
  | {kind: 'pick'}
  | {kind: 'stage'; app: UnpipedApp}
  | {kind: 'confirm'; app: UnpipedApp; stage: Stage};

const cell = (text: string, width: number) => text.slice(0, width).padEnd(width);

// Pick an app (filter as you type), its stage (the name's suggestion first), then confirm,
// with the naming warning shown when the stage contradicts the name.
export function AddAppDialog(props: AddAppDialogProps) {
  const {pipelineName, apps, coupled = [], rows = 8, isActive, error, onConfirm, onCancel} = props;
  const ago = props.ago ?? ((iso: string) => iso.slice(0, 10));
  // Frame and padding 4, marker 2, region 3, team 14, an age of about 12, spaces 3.
  const nameWidth = Math.max(12, Math.min(28, (props.width ?? 80) - 38));
  const [step, setStep] = useState<Step>({kind: 'pick'});
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const at = useRef(0);
  const done = useRef(false);
  const shown = filterUnpiped(apps, query);
  const count = useRef(shown.length);
  count.current = shown.length;
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };
  const move = (to: number) => {
    at.current = Math.max(0, Math.min(count.current - 1, to));
    setCursor(at.current);
  };

  useInput(
    (input, key) => {
      // Letters are the filter's text; the field takes them, and Enter, itself.
      const handlers: KeyHandlers<HandledBy<'addAppList', 'filter'>> = {
        'app-prev': () => move(at.current - 1),
        'app-next': () => move(at.current + 1),
        back: cancel,
      };
      dispatchKey('filter', input, key, handlers);
    },
    {isActive: isActive && step.kind === 'pick'},
  );

  const title = <Text bold>Add an app to {sanitizeText(pipelineName)}</Text>;
  if (step.kind === 'stage') {
    const suggested = suggestedStage(step.app.name);
    return (
      <Box flexDirection="column" borderStyle="round" paddingX={1}>
        {title}
        <StagePicker
          title={`Stage for ${sanitizeText(step.app.name)}:`}
          initial={suggested ?? props.stage ?? 'staging'}
          suggested={suggested}
          isActive={isActive}
          onChoose={(stage) => setStep({kind: 'confirm', app: step.app, stage})}
          onCancel={cancel}
        />
      </Box>
    );
  }
  if (step.kind === 'confirm') {
    return (
      <Box flexDirection="column" borderStyle="round" paddingX={1}>
        {title}
        <SetupConfirm
          change={{kind: 'add', app: step.app.name, stage: step.stage}}
          warning={setupNamingWarning(step.app.name, step.stage)}
          error={error}
          isActive={isActive}
          onConfirm={() => {
            if (done.current) return;
            done.current = true;
            onConfirm({app: step.app, stage: step.stage});
          }}
          onCancel={cancel}
        />
      </Box>
    );
  }

  const index = Math.min(cursor, Math.max(0, shown.length - 1));
  const first = Math.max(0, Math.min(index - rows + 1, shown.length - rows));
  const elsewhere = coupled.find((c) => c.appName === query.trim());
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      {title}
      <Box>
        <Text>Filter: </Text>
        <LineInput
          value={query}
          focus={isActive}
          onChange={(value) => {
            setQuery(value);
            move(0);
          }}
          onSubmit={(value) => {
            // A pasted line and its Enter arrive before the list is drawn for it.
            const now = filterUnpiped(apps, value);
            const app = now[Math.min(at.current, now.length - 1)];
            if (app) setStep({kind: 'stage', app});
          }}
        />
      </Box>
      {shown.slice(first, first + rows).map((app, offset) => {
        const selected = first + offset === index;
        return (
          <Text key={app.id} inverse={selected} wrap="truncate-end">
            {selected ? '› ' : '  '}
            {cell(sanitizeText(app.name), nameWidth)} {cell(app.region ?? '?', 3)}{' '}
            {cell(app.team ? sanitizeText(app.team) : 'personal', 14)}{' '}
            {app.lastRelease ? ago(app.lastRelease) : 'never released'}
          </Text>
        );
      })}
      {shown.length === 0 && !elsewhere && (
        <Text dimColor>
          {props.loading
            ? 'Listing the apps in no pipeline…'
            : apps.length === 0
              ? 'Every app is already in a pipeline.'
              : 'No app matches.'}
        </Text>
      )}
      {elsewhere && (
        <Text color="yellow">
          {sanitizeText(elsewhere.appName)} is already in pipeline{' '}
          {sanitizeText(elsewhere.pipelineName)}: remove it there first.
        </Text>
      )}
      <Text dimColor>
        type to filter · ↑↓ move · {offeredKey('typing', 'choose') ?? 'Enter'} picks ·{' '}
        {offeredKey('filter', 'back') ?? 'Esc'} cancels
      </Text>
    </Box>
  );
}
