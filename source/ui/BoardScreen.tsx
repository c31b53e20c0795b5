import {useCallback, useEffect, useMemo, useRef} from 'react';
import {Box, Text, useApp} from 'ink';
import Spinner from 'ink-spinner';
import {selectedApp, visibleColumns} from '../board/board-state.js';
import {withDynos} from '../board/visible-columns.js';
import {offeredKey} from '../board/key-hints.js';
import {computeLayout} from '../board/layout.js';
import {sanitizeText} from '../shared/sanitize.js';
import {findApp} from '../board/stages.js';
import type {Board, PipelineSummary} from '../board/types.js';
import {BoardColumns} from './BoardColumns.js';
import {clockTime} from './clock.js';
import {HelpOverlay, helpMaxOffset} from './HelpOverlay.js';
import {useAccountEmail} from './hooks/useAccountEmail.js';
import {useBoardData} from './hooks/useBoardData.js';
import {useRolloutRefresh} from './hooks/useRolloutRefresh.js';
import {boardHints, useBoardKeys} from './hooks/useBoardKeys.js';
import {useBoardState} from './hooks/useBoardState.js';
import {useComparisons} from './hooks/useComparisons.js';
import {useCiStatuses} from './hooks/useCiStatuses.js';
import {appsOnScreen} from '../board/apps-on-screen.js';
import {useReviewAppDynos} from './hooks/useReviewAppDynos.js';
import {useNow} from './hooks/useNow.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';
import {useTransientMessage} from './hooks/useTransientMessage.js';
import {MessageLine} from './MessageLine.js';
import {useServices} from './services.js';
import {StatusBar} from './StatusBar.js';
import {TooSmall} from './TooSmall.js';
import {FAILED_EXIT} from './exit-result.js';
import {BoardViewSwitch} from './views.js';

export type BoardScreenProps = {
  pipeline: PipelineSummary;
  // Selected once the board first loads (pipeline-tui --app APP).
  initialAppId?: string | null;
  refreshSeconds: number;
  // After a setup change of the pipeline itself: renamed, or destroyed.
  onPipelineRenamed?: (pipeline: {id: string; name: string}) => void;
  onPipelineDestroyed?: () => void;
  // Esc with no filter set: back to the overview of every pipeline.
  onBack?: () => void;
};

const NO_MESSAGE_STATE = {
  filter: '',
  filtering: false,
  matches: 0,
  error: null,
  nextRetryAt: null,
  warning: null,
};

export function BoardScreen(props: BoardScreenProps) {
  const {pipeline, initialAppId = null, refreshSeconds, onBack} = props;
  const services = useServices();
  const {exit} = useApp();
  const size = useTerminalSize();
  const {state, dispatch, current} = useBoardState();
  const preselect = useRef(initialAppId);
  // An app a setup change touched: selected once a board has it where the change put it.
  const focus = useRef<string | null>(null);
  // The board lives in the reducer only: each new one goes straight there.
  const onBoard = useCallback(
    (board: Board) => {
      dispatch({type: 'board-loaded', board});
      // A new staging release or a crashed production dyno rings, once.
      services.boardSeen(board);
      if (preselect.current) dispatch({type: 'select-app', appId: preselect.current});
      preselect.current = null;
      if (focus.current && findApp(board, focus.current)) {
        dispatch({type: 'select-app', appId: focus.current});
        focus.current = null;
      }
    },
    [dispatch, services],
  );
  const data = useBoardData(pipeline.id, refreshSeconds, onBoard);
  const {message, show} = useTransientMessage();
  useRolloutRefresh(state.board, data.refresh);
  const email = useAccountEmail();
  // The cards' ages move on between refreshes (a stale board's most of all), once a minute.
  const clock = useNow(data.lastRefreshAt ?? services.now(), 60_000);

  const selected = selectedApp(state);
  const reviewAppId = selected?.stage === 'review' ? selected.id : null;
  const reviewDynos = useReviewAppDynos(state.board, reviewAppId);
  const columns = useMemo(
    () => withDynos(visibleColumns(state.board, state.filter), reviewDynos),
    [state.board, state.filter, reviewDynos],
  );
  const layout = computeLayout({
    columns: size.columns,
    rows: size.rows,
    stageCount: columns.length,
    appCounts: columns.map((c) => c.apps.length),
  });
  const cardsPerColumn = layout.kind === 'too-small' ? 1 : layout.cardsPerColumn;
  useEffect(() => dispatch({type: 'capacity', cardsPerColumn}), [cardsPerColumn, dispatch]);

  const comparisons = useComparisons(state.board, reviewAppId);
  const onScreen = useMemo(() => appsOnScreen(columns, state, layout), [columns, state, layout]);
  const ci = useCiStatuses(state.board?.pipeline.id ?? null, onScreen, state.board);
  const helpRows = layout.kind === 'too-small' ? 1 : layout.maxBodyRows + 1;

  useBoardKeys({
    current,
    dispatch,
    // A board that never loaded ends the command with exit code 1.
    quit: () => (state.board === null && data.error !== null ? exit(FAILED_EXIT) : exit()),
    leave: onBack,
    refresh: data.refresh,
    openUrl: (url) => services.openUrl(url),
    notify: show,
    helpRows,
    helpMaxOffset: helpMaxOffset(helpRows, size.columns),
  });

  const name = sanitizeText(pipeline.name);
  const statusBar = (
    <StatusBar
      pipeline={name}
      email={email}
      lastRefreshAt={data.lastRefreshAt}
      refreshing={data.refreshing}
      stale={data.error !== null}
      rateLimitRemaining={data.rateLimitRemaining}
      throttle={data.throttle}
      width={size.columns}
    />
  );

  // An open view stays mounted whatever the size: it may be watching a promotion.
  if (state.mode === 'view' && state.view && state.board) {
    return (
      <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)}>
        {/* The top line carries a view's messages while they last. */}
        {message ? (
          <MessageLine {...NO_MESSAGE_STATE} width={size.columns} message={message} />
        ) : (
          statusBar
        )}
        <BoardViewSwitch
          view={state.view}
          board={state.board}
          width={size.columns}
          height={Math.max(1, size.rows - 2)}
          isActive
          onBack={() => dispatch({type: 'back'})}
          refresh={data.refresh}
          notify={show}
          focusApp={(appId) => {
            focus.current = appId;
            data.refresh();
          }}
          pipelineName={pipeline.name}
          onPipelineRenamed={props.onPipelineRenamed}
          onPipelineDestroyed={props.onPipelineDestroyed}
        />
      </Box>
    );
  }

  if (layout.kind === 'too-small') {
    return <TooSmall message={layout.message} width={size.columns} />;
  }
  if (!state.board) {
    return (
      <Box flexDirection="column" width={size.columns}>
        {data.error ? (
          <Text color="red" wrap="wrap">
            Could not load {name}: {data.error}
            {data.nextRetryAt !== null ? ` Next try at ${clockTime(data.nextRetryAt)}.` : ''}
          </Text>
        ) : (
          <Text>
            <Text color="cyan">
              <Spinner type="dots" />
            </Text>{' '}
            Loading {name}…
          </Text>
        )}
        <Text dimColor>
          {offeredKey('board', 'refresh')} retries now, {offeredKey('board', 'quit')} quits.
        </Text>
      </Box>
    );
  }

  return (
    <Box
      flexDirection="column"
      width={size.columns}
      height={state.mode === 'help' ? helpRows + 3 : layout.frameRows}
    >
      {statusBar}
      {state.mode === 'help' ? (
        <HelpOverlay width={size.columns} height={helpRows} offset={state.helpOffset} />
      ) : (
        <BoardColumns
          layout={layout}
          columns={columns}
          state={state}
          comparisons={comparisons}
          ci={ci}
          now={Math.max(clock, data.lastRefreshAt ?? 0)}
        />
      )}
      <MessageLine
        width={size.columns}
        filter={state.filter}
        filtering={state.mode === 'filter'}
        matches={columns.reduce((n, c) => n + c.apps.length, 0)}
        message={message}
        error={data.error}
        nextRetryAt={data.nextRetryAt}
        warning={selected?.namingWarning ?? state.board?.notes?.[0] ?? null}
      />
      <Box width={size.columns} height={1}>
        <Text dimColor wrap="truncate-end">
          {boardHints(state, size.columns)}
        </Text>
      </Box>
    </Box>
  );
}
