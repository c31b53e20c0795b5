import {memo} from 'react';
import {Box, Text} from 'ink';
import {offeredKey} from '../board/key-hints.js';
import {sanitizeText} from '../shared/sanitize.js';
import {clockTime} from './clock.js';
import {FilterBar} from './FilterBar.js';
import {isNarrowText} from './narrow-text.js';
import type {TransientMessage} from './hooks/useTransientMessage.js';

export type MessageLineProps = {
  width: number;
  filter: string;
  filtering: boolean;
  matches: number;
  message: TransientMessage | null;
  error: string | null; // the last refresh failed
  nextRetryAt: number | null;
  warning: string | null; // about the selected app
};

const TONE_COLOR = {info: 'cyan', warning: 'yellow', error: 'red'} as const;

// A long error gives way, not the retry: when the board tries again matters more than the
// tail of a message (a Request-Id, say).
function refreshFailure(error: string, retry: string, width: number): string {
  const prefix = 'Refresh failed: ';
  const room = width - prefix.length - retry.length;
  const chars = [...error];
  const text = chars.length > room ? `${chars.slice(0, Math.max(0, room - 1)).join('')}…` : error;
  return `${prefix}${text}${retry}`;
}

// One line under the board, most urgent first: the filter being typed, a fresh message,
// a kept filter, a failed refresh, a warning about the selected app.
function MessageLineView(props: MessageLineProps) {
  // The filter bar's editor is its own component: its line is always clipped. A kept
  // filter gives way to a fresh message while it lasts (a refusal must be seen).
  if (props.filtering || (props.filter !== '' && !props.message)) {
    return (
      <Box width={props.width} height={1} overflow="hidden">
        <FilterBar text={props.filter} editing={props.filtering} matches={props.matches} />
      </Box>
    );
  }
  const line = lineOf(props);
  return (
    <Box width={props.width} height={1} overflow={isNarrowText(line.text) ? 'visible' : 'hidden'}>
      <Text wrap="truncate-end" color={line.color}>
        {line.text}
      </Text>
    </Box>
  );
}

function lineOf(props: MessageLineProps): {text: string; color?: string} {
  if (props.message) {
    return {text: sanitizeText(props.message.text), color: TONE_COLOR[props.message.tone]};
  }
  if (props.error) {
    const retry =
      props.nextRetryAt === null
        ? ` Press ${offeredKey('board', 'refresh')} to retry.`
        : ` Next try at ${clockTime(props.nextRetryAt)}.`;
    return {text: refreshFailure(sanitizeText(props.error), retry, props.width), color: 'red'};
  }
  if (props.warning) return {text: `⚠ ${sanitizeText(props.warning)}`, color: 'yellow'};
  return {text: ' '};
}

export const MessageLine = memo(MessageLineView);
