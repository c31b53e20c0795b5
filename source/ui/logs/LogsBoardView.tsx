import {useMemo, useRef, useState} from 'react';
import {Box} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import {visibleLines} from '../../board/log-buffer.js';
import {
  FOLLOWING,
  anchoredOffset,
  logPaneApps,
  nextInCycle,
  scrollAt,
  scrollBy,
  seenSources,
  type PaneScroll,
} from '../../board/log-panes.js';
import type {AppCard} from '../../board/types.js';
import {useKeys} from '../hooks/useKeys.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {useServices} from '../services.js';
import type {ViewProps} from '../view-props.js';
import {MissingApp} from '../promote/MissingApp.js';
import {LogSearch} from './LogSearch.js';
import {LogsView, sideBySide} from './LogsView.js';
import {useLogStream} from './useLogStream.js';

const LOG_KEYS = handledBy('logs', 'logs');

function useFeed(app: AppCard | undefined) {
  const services = useServices();
  return useMemo(
    () => (app ? services.appLog(app.name, {generation: app.generation}) : null),
    [services, app],
  );
}

// The board's `L` view: the app's log following the tail, beside its counterpart across
// staging and production when the terminal is wide enough (Tab moves the focus otherwise).
// Pause, filters and scrolling act on the focused pane.
export function LogsBoardView({view, board, width, height, isActive, onBack, notify}: ViewProps) {
  const [panes] = useState(() => logPaneApps(board, view.appId));
  const {apps} = panes;
  const first = useLogStream(useFeed(apps[0]));
  const second = useLogStream(useFeed(apps[1]));
  const streams = apps.length > 1 ? [first, second] : [first];
  const [focused, setFocused] = useState(panes.focused);
  // The focus as the keys see it: a run of keys ("Tab d" typed fast arrives as one) acts on
  // the pane Tab moved to, before the new frame is drawn.
  const focusAt = useRef(focused);
  const [scrolls, setScrolls] = useState<PaneScroll[]>([FOLLOWING, FOLLOWING]);
  const [searching, setSearching] = useState(false);
  // The pane's title, filter line and notice take up to three rows of its height.
  const rows = Math.max(1, height - 1 - 3);
  const page = Math.max(1, rows - 1);
  const stream = streams[focused] ?? first;
  const setScroll = (next: PaneScroll) =>
    setScrolls((all) => all.map((s, i) => (i === focused ? next : s)));

  useKeys(
    (input, key) => {
      const at = focusAt.current;
      const stream = streams[at] ?? first;
      const lines = visibleLines(stream.buffer);
      const setScroll = (next: PaneScroll) =>
        setScrolls((all) => all.map((s, i) => (i === at ? next : s)));
      const move = (by: number) => () => setScroll(scrollBy(lines, scrolls[at]!, rows, by));
      const handlers: KeyHandlers<HandledBy<'logs', 'logs'>> = {
        'app-prev': move(1),
        'app-next': move(-1),
        'page-up': move(page),
        'page-down': move(-page),
        'app-first': () => setScroll(scrollAt(lines, Math.max(0, lines.length - rows))),
        'app-last': () => setScroll(FOLLOWING),
        'log-pause': () => stream.togglePaused(),
        'log-type': () => {
          const {types} = seenSources(stream.buffer.lines);
          stream.setFilter({processType: nextInCycle(types, stream.buffer.filter.processType)});
          setScroll(FOLLOWING);
        },
        'log-dyno': () => {
          const {dynos} = seenSources(stream.buffer.lines);
          stream.setFilter({dyno: nextInCycle(dynos, stream.buffer.filter.dyno)});
          setScroll(FOLLOWING);
        },
        'log-search': () => setSearching(true),
        'log-clear': () => {
          stream.setFilter({processType: null, dyno: null, text: ''});
          setScroll(FOLLOWING);
        },
        'switch-pane': () => {
          focusAt.current = (focusAt.current + 1) % apps.length;
          setFocused(focusAt.current);
        },
        back: onBack,
      };
      dispatchKey('logs', input, key, handlers, {
        context: {panes: apps.length},
        refuse: (reason) => notify(reason, 'warning'),
      });
    },
    {isActive: isActive && !searching},
  );

  // One pane of two at a time says which it is before the hints ("1 of 2 · ").
  const hintWidth = sideBySide(width, apps.length) || apps.length < 2 ? width : width - 9;
  if (apps.length === 0) return <MissingApp isActive={isActive} onBack={onBack} />;
  const hint = hintsFor('logs', hintWidth, {context: {panes: apps.length}, handled: LOG_KEYS});
  return (
    <Box flexDirection="column" width={width} height={height}>
      <LogsView
        panes={apps.map((app, i) => {
          const own = streams[i]!;
          return {
            title: `${app.name} (${app.stage})`,
            buffer: own.buffer,
            offset: anchoredOffset(visibleLines(own.buffer), scrolls[i]!),
            notice: own.notice,
          };
        })}
        focused={focused}
        width={width}
        height={searching ? height - 1 : height}
        hint={searching ? undefined : hint}
      />
      {searching ? (
        <LogSearch
          value={stream.buffer.filter.text}
          width={width}
          isActive={isActive}
          onChange={(text) => {
            stream.setFilter({text});
            setScroll(FOLLOWING);
          }}
          onDone={() => setSearching(false)}
          onCancel={() => {
            stream.setFilter({text: ''});
            setSearching(false);
          }}
        />
      ) : null}
    </Box>
  );
}
