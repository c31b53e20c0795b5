import {useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text, useInput, type Key} from 'ink';
import SelectInput from 'ink-select-input';
import Spinner from 'ink-spinner';
import {dispatchKey, type KeyHandlers} from '../board/key-dispatch.js';
import {hintsFor, offeredKey} from '../board/key-hints.js';
import {KEYMAP, keyName} from '../board/keymap.js';
import {handledBy, type HandledBy} from './key-handlers.js';
import {visibleWindow} from '../board/layout.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {PipelineSummary} from '../board/types.js';
import {errorSentence} from './error-sentence.js';
import {isEscapeRemnant, lineAt, typeInto} from './line-edit.js';
import {useAsync} from './hooks/useAsync.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';
import {pipelineLabel} from './pipeline-label.js';
import {useServices} from './services.js';

export type PipelinePickerProps = {
  onSelect: (pipeline: PipelineSummary) => void;
  onQuit: () => void;
  // Given when the choice is among pipelines that share a name; else all are listed.
  choices?: PipelineSummary[];
  title?: string;
  // Ctrl-N: create a pipeline instead (not offered among pipelines that share a name).
  onCreate?: () => void;
};

type Loaded =
  | {kind: 'loading'}
  | {kind: 'ready'; pipelines: PipelineSummary[]}
  | {kind: 'failed'; message: string};

type Cursor = {filter: string; index: number; enterPending: boolean};

// Rows around the list: title, filter line, hint line, and one spare so Ink never fills the screen.
const CHROME_ROWS = 4;

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

function matching(loaded: Loaded, filter: string): PipelineSummary[] {
  if (loaded.kind !== 'ready') return [];
  return loaded.pipelines.filter((p) => sanitizeText(p.name).toLowerCase().includes(filter));
}

export function PipelinePicker(props: PipelinePickerProps) {
  const {onSelect, onQuit, choices, title, onCreate} = props;
  const services = useServices();
  const {rows, columns} = useTerminalSize();
  // The latest cursor, read synchronously by the key handler, so fast typing followed by
  // Enter opens what the filter shows rather than what the previous render showed.
  const latest = useRef<Cursor>({filter: '', index: 0, enterPending: false});
  const [cursor, setCursorState] = useState<Cursor>(latest.current);
  const setCursor = (next: Cursor) => {
    latest.current = next;
    setCursorState(next);
  };

  // The list opens on the pipeline used last time; the cursor moves there as the list
  // lands, so a key already waiting sees it.
  const list = useAsync(choices ? null : 'pipelines', async (signal) => {
    const pipelines = await services.listPipelines();
    if (signal.aborted) return pipelines;
    const last = services.lastPipeline();
    const index = Math.max(
      0,
      matching({kind: 'ready', pipelines}, latest.current.filter).findIndex((p) => p.id === last),
    );
    latest.current = {...latest.current, index};
    setCursorState(latest.current);
    return pipelines;
  });
  const loaded = useMemo((): Loaded => {
    if (choices) return {kind: 'ready', pipelines: choices};
    if (list.status === 'done') return {kind: 'ready', pipelines: list.value};
    if (list.status === 'failed') return {kind: 'failed', message: errorSentence(list.error)};
    return {kind: 'loading'};
  }, [choices, list]);

  const items = useMemo(() => matching(loaded, cursor.filter), [loaded, cursor.filter]);

  // Enter typed while the list was still loading opens the preselected pipeline.
  useEffect(() => {
    if (!cursor.enterPending || loaded.kind !== 'ready') return;
    latest.current = {...latest.current, enterPending: false};
    const chosen = items[cursor.index];
    if (chosen) onSelect(chosen);
  }, [cursor, loaded, items, onSelect]);

  const open = () => {
    const now = latest.current;
    if (loaded.kind !== 'ready') return setCursor({...now, enterPending: true});
    const chosen = matching(loaded, now.filter)[now.index];
    if (chosen) onSelect(chosen);
  };

  useInput((input, key) => {
    const now = latest.current;
    const shown = matching(loaded, now.filter);
    // Letters are the filter's, so q quits only while nothing is typed: the table binds it
    // in the picker, and the picker asks for it by name when the filter is empty.
    const last = Math.max(0, shown.length - 1);
    const page = Math.max(1, rows - CHROME_ROWS);
    const to = (index: number) => () =>
      setCursor({...now, index: Math.min(last, Math.max(0, index))});
    const handlers: KeyHandlers<HandledBy<'picker', 'picker'>> = {
      'app-prev': to(now.index - 1),
      'app-next': to(now.index + 1),
      'page-up': to(now.index - page),
      'page-down': to(now.index + page),
      'app-first': to(0),
      'app-last': to(last),
      choose: open,
      back: () => (now.filter ? setCursor({...now, filter: '', index: 0}) : onQuit()),
      quit: onQuit,
      'new-pipeline': () => onCreate?.(),
    };
    if (dispatchKey('picker', input, key, handlers) !== null) return;
    if (now.filter === '' && pickerQuits(input, key)) return onQuit();
    if (key.backspace || key.delete)
      return setCursor({...now, filter: now.filter.slice(0, -1), index: 0});
    if (key.ctrl || key.meta || isEscapeRemnant(input)) return;
    // A pasted name arrives in one chunk, with its Enter when a whole line was copied.
    const typed = typeInto(lineAt(now.filter), input, nameChars);
    if (typed.line.value !== now.filter) setCursor({...now, filter: typed.line.value, index: 0});
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
  const capacity = Math.max(1, rows - CHROME_ROWS);
  const window = visibleWindow(items.length, cursor.index, capacity, 0);
  const listed = items.slice(window.offset, window.end).map((p) => ({
    key: p.id,
    label: pipelineLabel(p, Boolean(choices)),
    value: p,
  }));
  return (
    <Box flexDirection="column" width={columns}>
      {heading}
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
      ) : (
        // Drawn by ink-select-input; keys are handled above, where they see the latest filter.
        <SelectInput
          key={`${cursor.filter}\u0000${cursor.index}`}
          items={listed}
          isFocused={false}
          initialIndex={cursor.index - window.offset}
        />
      )}
      <Text dimColor wrap="truncate-end">
        {hintsFor('picker', 200, {
          handled: onCreate ? PICKER_KEYS : PICKER_KEYS.filter((c) => c !== 'new-pipeline'),
          separator: ' · ',
        })}{' '}
        · type to filter
      </Text>
    </Box>
  );
}
