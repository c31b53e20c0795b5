import {useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text, useInput, type Key} from 'ink';
import SelectInput from 'ink-select-input';
import Spinner from 'ink-spinner';
import {dispatchKey, type KeyHandlers} from '../board/key-dispatch.js';
import {hintsFor, offeredKey} from '../board/key-hints.js';
import {KEYMAP, keyName} from '../board/keymap.js';
import {handledBy, type HandledBy} from './key-handlers.js';
import {visibleWindow} from '../board/layout.js';
import {OVERVIEW_SORTS, type OverviewSort} from '../board/overview-rows.js';
import type {PipelineSummary} from '../board/types.js';
import {indexOf, ordered, progressLine, type Loaded} from './overview-cursor.js';
import {errorSentence} from './error-sentence.js';
import {isEscapeRemnant, lineAt, typeInto} from './line-edit.js';
import {useAsync} from './hooks/useAsync.js';
import {useNow} from './hooks/useNow.js';
import {useOverview} from './hooks/useOverview.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';
import {OverviewHeader, OverviewLine} from './OverviewTable.js';
import {pipelineLabel} from './pipeline-label.js';
import {useServices} from './services.js';

// Where the overview's cursor was, kept by the App while a board is open.
export type PickerCursor = {filter: string; id: string | null; sort: OverviewSort};
export const FIRST_CURSOR: PickerCursor = {filter: '', id: null, sort: 'waiting'};

export type PipelinePickerProps = {
  onSelect: (pipeline: PipelineSummary) => void;
  onQuit: () => void;
  // Given when the choice is among pipelines that share a name; else the overview of all.
  choices?: PipelineSummary[];
  title?: string;
  // Ctrl-N: create a pipeline instead (not offered among pipelines that share a name).
  onCreate?: () => void;
  initial?: PickerCursor;
  onCursor?: (cursor: PickerCursor) => void;
};

type Cursor = PickerCursor & {enterPending: boolean};

// Rows around the list: title, filter line, column titles, hint line, one spare.
const CHROME_ROWS = 5;

const PICKER_KEYS = handledBy('picker', 'picker');

// q is text in the filter; the table binds it to quit the picker while nothing is typed.
function pickerQuits(input: string, key: Key): boolean {
  const name = keyName(input, key);
  return KEYMAP.some(
    (b) => b.command === 'quit' && b.modes.includes('picker') && b.keys.includes(name ?? ''),
  );
}

// Heroku's pipeline names: lower-case letters, digits and dashes.
const nameChars = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]/g, '');

export function PipelinePicker(props: PipelinePickerProps) {
  const {onSelect, onQuit, choices, title, onCreate} = props;
  const services = useServices();
  const {rows, columns} = useTerminalSize();
  // The latest cursor, read synchronously by the key handler, so fast typing followed by
  // Enter opens what the filter shows rather than what the previous render showed.
  const latest = useRef<Cursor>({...(props.initial ?? FIRST_CURSOR), enterPending: false});
  const [cursor, setCursorState] = useState<Cursor>(latest.current);
  const onCursor = useRef(props.onCursor);
  onCursor.current = props.onCursor;
  const setCursor = (next: Cursor) => {
    latest.current = next;
    setCursorState(next);
    onCursor.current?.({filter: next.filter, id: next.id, sort: next.sort});
  };

  // The list opens on the pipeline used last time (or where the cursor was).
  const list = useAsync(choices ? null : 'pipelines', async (signal) => {
    const pipelines = await services.listPipelines();
    if (signal.aborted || latest.current.id !== null) return pipelines;
    const last = services.lastPipeline();
    if (pipelines.some((p) => p.id === last)) setCursor({...latest.current, id: last});
    return pipelines;
  });
  const loaded = useMemo((): Loaded => {
    if (choices) return {kind: 'ready', pipelines: choices};
    if (list.status === 'done') return {kind: 'ready', pipelines: list.value};
    if (list.status === 'failed') return {kind: 'failed', message: errorSentence(list.error)};
    return {kind: 'loading'};
  }, [choices, list]);
  const overview = useOverview(!choices && loaded.kind === 'ready' ? loaded.pipelines : null);
  const progress = useRef(overview.progress);
  progress.current = overview.progress;
  const now = useNow(overview.progress?.refreshedAt ?? 0);

  const items = useMemo(
    () => ordered(loaded, overview.progress, cursor),
    [loaded, overview.progress, cursor],
  );
  const index = indexOf(items, cursor.id);
  const capacity = Math.max(1, rows - CHROME_ROWS);
  const window = visibleWindow(items.length, index, capacity, 0);
  const onScreen = items.slice(window.offset, window.end);
  const focusKey = onScreen.map((r) => r.pipeline.id).join(',');
  useEffect(() => {
    overview.feed?.focus(focusKey ? focusKey.split(',') : []);
  }, [overview.feed, focusKey]);

  // Enter typed while the list was still loading opens the preselected pipeline.
  useEffect(() => {
    if (!cursor.enterPending || loaded.kind !== 'ready') return;
    latest.current = {...latest.current, enterPending: false};
    const chosen = items[index];
    if (chosen) onSelect(chosen.pipeline);
  }, [cursor, loaded, items, index, onSelect]);

  const open = () => {
    const at = latest.current;
    if (loaded.kind !== 'ready') return setCursor({...at, enterPending: true});
    const shown = ordered(loaded, progress.current, at);
    const chosen = shown[indexOf(shown, at.id)];
    if (chosen) onSelect(chosen.pipeline);
  };

  useInput((input, key) => {
    const at = latest.current;
    const shown = ordered(loaded, progress.current, at);
    const here = indexOf(shown, at.id);
    const last = Math.max(0, shown.length - 1);
    const page = Math.max(1, rows - CHROME_ROWS);
    const to = (target: number) => () =>
      setCursor({...at, id: shown[Math.min(last, Math.max(0, target))]?.pipeline.id ?? null});
    const handlers: KeyHandlers<HandledBy<'picker', 'picker'>> = {
      'app-prev': to(here - 1),
      'app-next': to(here + 1),
      'page-up': to(here - page),
      'page-down': to(here + page),
      'app-first': to(0),
      'app-last': to(last),
      choose: open,
      back: () => (at.filter ? setCursor({...at, filter: '', id: null}) : onQuit()),
      quit: onQuit,
      'new-pipeline': () => onCreate?.(),
      sort: () => {
        const next = OVERVIEW_SORTS[(OVERVIEW_SORTS.indexOf(at.sort) + 1) % OVERVIEW_SORTS.length];
        setCursor({...at, sort: next!});
      },
      refresh: () => overview.feed?.refresh(),
    };
    if (dispatchKey('picker', input, key, handlers) !== null) return;
    if (at.filter === '' && pickerQuits(input, key)) return onQuit();
    if (key.backspace || key.delete)
      return setCursor({...at, filter: at.filter.slice(0, -1), id: null});
    if (key.ctrl || key.meta || isEscapeRemnant(input)) return;
    // A pasted name arrives in one chunk, with its Enter when a whole line was copied.
    const typed = typeInto(lineAt(at.filter), input, nameChars);
    if (typed.line.value !== at.filter) setCursor({...at, filter: typed.line.value, id: null});
    if (typed.entered) open();
  });

  const heading = (
    <Text bold wrap="truncate-end">
      {title ?? 'Pick a pipeline'}
    </Text>
  );
  if (loaded.kind === 'loading') {
    return (
      <Box flexDirection="column">
        {heading}
        <Text>
          <Text color="cyan">
            <Spinner type="dots" />
          </Text>{' '}
          Loading pipelines…
        </Text>
      </Box>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <Box flexDirection="column">
        <Text color="red">Could not list pipelines: {loaded.message}</Text>
        <Text dimColor>Press {offeredKey('picker', 'quit')} to quit.</Text>
      </Box>
    );
  }
  const p = overview.progress;
  const status = p ? progressLine(p, cursor.sort) : '';
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">
        <Text bold>{title ?? 'Pick a pipeline'}</Text>
        {status ? <Text dimColor>{`  ${status}`}</Text> : null}
      </Text>
      <Text>
        <Text color="cyan">filter: </Text>
        {cursor.filter}
        <Text inverse> </Text>
        <Text dimColor>
          {'  '}
          {items.length} of {loaded.pipelines.length}
        </Text>
      </Text>
      {items.length === 0 ? (
        <Text dimColor>
          {loaded.pipelines.length === 0
            ? `This account has no pipelines${onCreate ? `: ${offeredKey('picker', 'new-pipeline')} creates one` : ''}.`
            : 'No pipeline matches.'}
        </Text>
      ) : p ? (
        <Box flexDirection="column">
          <OverviewHeader width={columns} />
          {onScreen.map((row, n) => (
            <OverviewLine
              key={row.pipeline.id}
              row={row}
              selected={window.offset + n === index}
              width={columns}
              now={now}
            />
          ))}
        </Box>
      ) : (
        // Drawn by ink-select-input; keys are handled above, where they see the latest filter.
        <SelectInput
          key={`${cursor.filter}\u0000${index}`}
          items={onScreen.map((r) => ({
            key: r.pipeline.id,
            label: pipelineLabel(r.pipeline, Boolean(choices)),
            value: r.pipeline,
          }))}
          isFocused={false}
          initialIndex={index - window.offset}
        />
      )}
      <Text dimColor wrap="truncate-end">
        {pickerHint(
          hintsFor('picker', columns, {
            handled: onCreate ? PICKER_KEYS : PICKER_KEYS.filter((c) => c !== 'new-pipeline'),
            separator: ' · ',
            // Esc clears what is typed before it quits.
            ...(cursor.filter ? {labels: {back: 'clear'}} : {}),
          }),
          columns,
        )}
      </Text>
    </Box>
  );
}

// The keys fit the width first, the way out kept to the last; "type to filter" follows
// when there is room for it.
const TYPE_HINT = ' · type to filter';
function pickerHint(keys: string, width: number): string {
  return [...keys].length + TYPE_HINT.length <= width ? `${keys}${TYPE_HINT}` : keys;
}
