import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {useState} from 'react';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import type {Confirmation} from '../../board/confirmation.js';
import {findApp} from '../../board/stages.js';
import {errorSentence} from '../error-sentence.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';
import {MissingApp} from '../promote/MissingApp.js';
import {ConfirmPrompt} from '../promote/ConfirmPrompt.js';
import {useServices} from '../services.js';
import type {ViewProps} from '../view-props.js';

type Step = {kind: 'asking'} | {kind: 'sending'} | {kind: 'failed'; message: string};

// The board's `m`: maintenance mode on or off for the selected app, after `y`, or the
// app's name typed for production, as a promotion asks. One PATCH, never repeated.
export function MaintenancePane({
  view,
  board,
  width,
  isActive,
  onBack,
  refresh,
  notify,
}: ViewProps) {
  const services = useServices();
  const [step, setStep] = useState<Step>({kind: 'asking'});
  const app = findApp(board, view.appId);
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'maintenance', 'dialog'>> = {
        back: onBack,
        choose: onBack,
      };
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive: isActive && step.kind === 'failed'},
  );
  if (!app) return <MissingApp isActive={isActive} onBack={onBack} />;
  const on = !app.maintenance;
  const production = app.stage === 'production';
  const confirmation: Confirmation = production ? {kind: 'type', text: app.name} : {kind: 'yes'};
  const send = () => {
    setStep({kind: 'sending'});
    services.setMaintenance(app, on).then(
      (now) => {
        notify(`Maintenance mode is ${now ? 'on' : 'off'} for ${app.name}.`);
        refresh();
        onBack();
      },
      (error: unknown) => setStep({kind: 'failed', message: errorSentence(error)}),
    );
  };
  return (
    <Box
      flexDirection="column"
      width={width}
      borderStyle="round"
      borderColor={production ? 'red' : 'cyan'}
      paddingX={1}
    >
      <Text bold wrap="truncate-end">
        Maintenance mode for {app.name}: {app.maintenance ? 'on' : 'off'} now
        {production ? <Text color="red"> · PRODUCTION</Text> : null}
      </Text>
      <Text dimColor>
        {on
          ? 'While it is on, Heroku answers web requests with a maintenance page (503); other dynos keep running.'
          : 'Turning it off lets web requests reach the app again.'}
      </Text>
      {step.kind === 'asking' && (
        <ConfirmPrompt
          confirmation={confirmation}
          action={`turn maintenance mode ${on ? 'on' : 'off'}`}
          isActive={isActive}
          onConfirm={send}
          onCancel={onBack}
        />
      )}
      {step.kind === 'sending' && (
        <Text>
          <Spinner type="dots" /> Turning maintenance mode {on ? 'on' : 'off'}…
        </Text>
      )}
      {step.kind === 'failed' && (
        <Text color="red">
          Maintenance mode was not changed: {step.message} {offeredKey('dialog', 'back')}: back.
        </Text>
      )}
    </Box>
  );
}
