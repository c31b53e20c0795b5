import {useCallback, useEffect, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import Spinner from 'ink-spinner';
import {sanitizeText} from '../board/sanitize.js';
import type {PipelineSummary} from '../board/types.js';
import {BoardScreen} from './BoardScreen.js';
import {errorSentence} from './error-sentence.js';
import {clockTime} from './clock.js';
import {useKeys} from './hooks/useKeys.js';
import {useStartupRetry} from './hooks/useStartupRetry.js';
import {PipelinePicker} from './PipelinePicker.js';
import {useServices} from './services.js';

export type AppProps = {pipeline?: string; app?: string; refreshSeconds: number};

type Screen =
  | {kind: 'resolving'}
  | {kind: 'picker'}
  | {kind: 'choose'; matches: PipelineSummary[]}
  | {kind: 'board'; pipeline: PipelineSummary; appId: string | null}
  // retryAt: when the lookup is tried again; null when retrying would not help.
  | {kind: 'error'; message: string; retryAt: number | null};

// Finds the pipeline to show (by name, by one of its apps, or by asking), then the board.
export function App({pipeline, app, refreshSeconds}: AppProps) {
  const services = useServices();
  const {exit} = useApp();
  const [screen, setScreen] = useState<Screen>(() =>
    pipeline || app ? {kind: 'resolving'} : {kind: 'picker'},
  );
  const {attempt, failed, retryNow} = useStartupRetry();

  const open = useCallback(
    (summary: PipelineSummary, appId: string | null = null) => {
      services.rememberPipeline(summary.id, summary.name);
      setScreen({kind: 'board', pipeline: summary, appId});
    },
    [services],
  );

  useEffect(() => {
    if (!pipeline && !app) return;
    let cancelled = false;
    const resolve = async (): Promise<void> => {
      if (app) {
        const found = await services.pipelineOfApp(app);
        if (!cancelled) open(found.pipeline, found.appId);
        return;
      }
      const matches = await services.findPipelines(pipeline!);
      if (cancelled) return;
      if (matches.length === 0) {
        setScreen({
          kind: 'error',
          message: `There is no pipeline named "${sanitizeText(pipeline)}" on this account.`,
          retryAt: null,
        });
      } else if (matches.length === 1) open(matches[0]!);
      else setScreen({kind: 'choose', matches});
    };
    resolve().catch((error: unknown) => {
      if (cancelled) return;
      setScreen({kind: 'error', message: errorSentence(error), retryAt: failed(error)});
    });
    return () => {
      cancelled = true;
    };
  }, [services, pipeline, app, open, attempt, failed]);

  useKeys(
    (input, key) => {
      if (input === 'q' || key.escape || key.return || (key.ctrl && input === 'c')) exit();
      else if (input === 'r' && screen.kind === 'error' && screen.retryAt !== null) {
        setScreen({kind: 'resolving'});
        retryNow();
      }
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
              ? 'Press q to quit.'
              : `Next try at ${clockTime(screen.retryAt)}; press r to retry now, q to quit.`}
          </Text>
        </Box>
      );
    case 'picker':
      return <PipelinePicker onSelect={(p) => open(p)} onQuit={exit} />;
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
        />
      );
  }
}
