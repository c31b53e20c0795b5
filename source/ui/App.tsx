import {useCallback, useRef, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import Spinner from 'ink-spinner';
import {sanitizeText} from '../shared/sanitize.js';
import type {PipelineSummary} from '../board/types.js';
import {BoardScreen} from './BoardScreen.js';
import {errorSentence} from './error-sentence.js';
import {useAsync, type AsyncState} from './hooks/useAsync.js';
import {dispatchKey, type KeyHandlers} from '../board/key-dispatch.js';
import {offeredKey, offeredKeys} from '../board/key-hints.js';
import {clockTime} from './clock.js';
import {quitLine} from './hooks/useNoticeKeys.js';
import {useKeys} from './hooks/useKeys.js';
import {useStartupRetry} from './hooks/useStartupRetry.js';
import type {HandledBy} from './key-handlers.js';
import {FIRST_CURSOR, PipelinePicker, type PickerCursor} from './PipelinePicker.js';
import {CreatePipelineFlow} from './setup/CreatePipelineFlow.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';
import {useServices} from './services.js';
import {FAILED_EXIT} from './exit-result.js';
import type {Services} from '../contract/services.js';

export type AppProps = {pipeline?: string; app?: string; refreshSeconds: number};

type Screen =
  | {kind: 'resolving'}
  | {kind: 'picker'}
  | {kind: 'choose'; matches: PipelineSummary[]}
  | {kind: 'board'; pipeline: PipelineSummary; appId: string | null}
  | {kind: 'error'; message: string; retryAt: number | null};

type Opened = {pipeline: PipelineSummary; appId: string | null};
type Found =
  | {kind: 'open'; opened: Opened}
  | {kind: 'choose'; matches: PipelineSummary[]}
  | {kind: 'missing'}
  // A lookup that could not be made (Heroku unreachable, say), with its next try if any.
  | {kind: 'failed'; message: string; retryAt: number | null};

// The pipeline named on the command line, by its name or by one of its apps.
async function findPipeline(services: Services, pipeline?: string, app?: string): Promise<Found> {
  if (app) {
    const found = await services.pipelineOfApp(app);
    return {kind: 'open', opened: {pipeline: found.pipeline, appId: found.appId}};
  }
  const matches = await services.findPipelines(pipeline!);
  if (matches.length === 0) return {kind: 'missing'};
  if (matches.length === 1) return {kind: 'open', opened: {pipeline: matches[0]!, appId: null}};
  return {kind: 'choose', matches};
}

function screenOf(found: AsyncState<Found>, opened: Opened | null, pipeline?: string): Screen {
  if (opened) return {kind: 'board', ...opened};
  switch (found.status) {
    case 'idle':
      return {kind: 'picker'};
    case 'loading':
      return {kind: 'resolving'};
    case 'failed':
      return {kind: 'error', message: errorSentence(found.error), retryAt: null};
    case 'done':
      if (found.value.kind === 'open') return {kind: 'board', ...found.value.opened};
      if (found.value.kind === 'choose') return {kind: 'choose', matches: found.value.matches};
      if (found.value.kind === 'failed') {
        return {kind: 'error', message: found.value.message, retryAt: found.value.retryAt};
      }
      return {
        retryAt: null,
        kind: 'error',
        message: `There is no pipeline named "${sanitizeText(pipeline)}" on this account.`,
      };
  }
}

// Finds the pipeline to show (by name, by one of its apps, or by asking), then the board.
export function App({pipeline, app, refreshSeconds}: AppProps) {
  const services = useServices();
  const {exit} = useApp();
  const {columns} = useTerminalSize();
  const [opened, setOpened] = useState<Opened | null>(null);
  // The picker again (a pipeline was destroyed), or the create dialog over it.
  const [picking, setPicking] = useState<'no' | 'list' | 'create'>('no');
  const [destroyed, setDestroyed] = useState<string | null>(null);
  // Esc on a board comes back to the overview, its cursor where it was.
  const [overview, setOverview] = useState(false);
  const cursor = useRef<PickerCursor>(FIRST_CURSOR);

  const open = useCallback(
    (summary: PipelineSummary) => {
      services.rememberPipeline(summary.id, summary.name);
      setOpened({pipeline: summary, appId: null});
      setPicking('no');
      setOverview(false);
    },
    [services],
  );

  // A start-up lookup that fails for a passing reason is tried again like a failed refresh;
  // each try is a new key, so a late answer of an earlier one never lands.
  const {attempt, failed, retryNow} = useStartupRetry();
  const key = pipeline || app ? JSON.stringify([pipeline ?? null, app ?? null, attempt]) : null;
  const found = useAsync(key, async (signal): Promise<Found> => {
    try {
      const result = await findPipeline(services, pipeline, app);
      if (result.kind === 'open' && !signal.aborted) {
        services.rememberPipeline(result.opened.pipeline.id, result.opened.pipeline.name);
      }
      return result;
    } catch (error) {
      if (signal.aborted) throw error;
      return {kind: 'failed', message: errorSentence(error), retryAt: failed(error)};
    }
  });
  const resolved = screenOf(found, opened, pipeline);
  const screen: Screen = overview || (picking !== 'no' && !opened) ? {kind: 'picker'} : resolved;

  useKeys(
    (input, key) => {
      // Quitting after the lookup failed ends the command with exit code 1.
      const quit = () => (screen.kind === 'error' ? exit(FAILED_EXIT) : exit());
      const handlers: KeyHandlers<HandledBy<'startup', 'notice'>> = {
        choose: quit,
        back: quit,
        quit,
        refresh: () => {
          if (screen.kind === 'error' && screen.retryAt !== null) retryNow();
        },
      };
      dispatchKey('notice', input, key, handlers);
    },
    {isActive: screen.kind === 'error' || screen.kind === 'resolving'},
  );

  switch (screen.kind) {
    case 'resolving':
      return (
        <Text>
          <Text color="cyan">
            <Spinner type="dots" />
          </Text>{' '}
          Finding {sanitizeText(app ? `the pipeline of ${app}` : pipeline)}…
        </Text>
      );
    case 'error':
      return (
        <Box flexDirection="column">
          <Text color="red">{screen.message}</Text>
          <Text dimColor>
            {screen.retryAt === null
              ? quitLine()
              : `Next try at ${clockTime(screen.retryAt)}; press ${offeredKey('notice', 'refresh')} to retry now, ${offeredKeys('notice', 'back').join(' or ')} to quit.`}
          </Text>
        </Box>
      );
    case 'picker':
      if (picking === 'create') {
        return (
          <CreatePipelineFlow
            width={columns}
            onCreated={open}
            onCancel={() => setPicking('list')}
          />
        );
      }
      return (
        <PipelinePicker
          onSelect={(p) => open(p)}
          onQuit={exit}
          title={
            destroyed
              ? `Destroyed pipeline ${sanitizeText(destroyed)}; its apps are kept. Pick a pipeline`
              : undefined
          }
          onCreate={() => setPicking('create')}
          initial={cursor.current}
          onCursor={(at) => (cursor.current = at)}
        />
      );
    case 'choose':
      return (
        <PipelinePicker
          choices={screen.matches}
          title={`${screen.matches.length} pipelines are named "${sanitizeText(pipeline)}": which one?`}
          onSelect={(p) => open(p)}
          onQuit={exit}
        />
      );
    case 'board':
      return (
        <BoardScreen
          key={screen.pipeline.id}
          pipeline={screen.pipeline}
          initialAppId={screen.appId}
          refreshSeconds={refreshSeconds}
          onPipelineRenamed={(renamed) => {
            const summary = {...screen.pipeline, name: renamed.name};
            services.rememberPipeline(summary.id, summary.name);
            setOpened({pipeline: summary, appId: null});
          }}
          onPipelineDestroyed={() => {
            setDestroyed(screen.pipeline.name);
            setOpened(null);
            setPicking('list');
          }}
          onBack={() => {
            if (!cursor.current.id) cursor.current = {...cursor.current, id: screen.pipeline.id};
            setOverview(true);
          }}
        />
      );
  }
}
