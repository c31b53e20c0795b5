import {memo} from 'react';
import {Box, Text} from 'ink';
import {sanitizeText} from '../board/sanitize.js';
import {clockTime} from './clock.js';
import {FilterBar} from './FilterBar.js';
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
// a failed refresh, a warning about the selected app.
function MessageLineView(props: MessageLineProps) {
  let content;
  const filterShown = props.filtering || props.filter !== '';
  if (filterShown) {
    content = <FilterBar text={props.filter} editing={props.filtering} matches={props.matches} />;
  } else if (props.message) {
    content = (
      <Text wrap="truncate-end" color={TONE_COLOR[props.message.tone]}>
        {sanitizeText(props.message.text)}
      </Text>
    );
  } else if (props.error) {
    const retry =
      props.nextRetryAt === null
        ? ' Press r to retry.'
        : ` Next try at ${clockTime(props.nextRetryAt)}.`;
    content = (
      <Text wrap="truncate-end" color="red">
        {refreshFailure(sanitizeText(props.error), retry, props.width)}
      </Text>
    );
  } else if (props.warning) {
    content = (
      <Text wrap="truncate-end" color="yellow">
        ⚠ {sanitizeText(props.warning)}
      </Text>
    );
  } else {
    content = <Text> </Text>;
  }
  // Lines drawn here are cut at their width by truncate-end; a clipping box would have Ink
  // slice the line again on every frame. The filter bar's editor is its own component: it
  // is clipped, to be sure of one line.
  return (
    <Box width={props.width} height={1} overflow={filterShown ? 'hidden' : 'visible'}>
      {content}
    </Box>
  );
}

export const MessageLine = memo(MessageLineView);
