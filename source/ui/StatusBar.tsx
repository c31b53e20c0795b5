import {memo} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {formatAge} from '../shared/age.js';
import {sanitizeText} from '../shared/sanitize.js';
import {clockTime} from './clock.js';
import {useNow} from './hooks/useNow.js';
import {isNarrowText} from './narrow-text.js';

export type StatusBarProps = {
  pipeline: string;
  email: string | null;
  lastRefreshAt: number | null;
  refreshing: boolean;
  stale: boolean;
  rateLimitRemaining: number | null;
  width: number;
};

const MINUTE = 60_000;
// A stale board's age is what the person weighs: it moves every ten seconds.
const STALE_STEP = 10_000;

// In whole minutes: the clock time next to it already tells the seconds. A stale board
// is never "just now": its age counts from the first ten seconds on.
function ago(at: number, now: number, stale: boolean): string {
  if (now - at < (stale ? STALE_STEP : MINUTE)) return 'just now';
  return `${formatAge(new Date(at).toISOString(), now)} ago`;
}

function Dot() {
  return <Text dimColor> · </Text>;
}

function StatusBarView(props: StatusBarProps) {
  const now = useNow(props.lastRefreshAt, props.stale ? STALE_STEP : MINUTE);
  const refreshed =
    props.lastRefreshAt === null
      ? null
      : `${clockTime(props.lastRefreshAt)} (${ago(props.lastRefreshAt, now, props.stale)})`;
  const pipeline = sanitizeText(props.pipeline);
  const overflow = isNarrowText(pipeline, props.email) ? 'visible' : 'hidden';
  return (
    <Box width={props.width} height={1} overflow={overflow}>
      <Text wrap="truncate-end">
        <Text bold>{pipeline}</Text>
        {props.email ? (
          <>
            <Dot />
            <Text>{props.email}</Text>
          </>
        ) : null}
        {refreshed ? (
          <>
            <Dot />
            <Text dimColor={!props.stale} color={props.stale ? 'red' : undefined}>
              {props.stale ? 'STALE, last refresh ' : 'refreshed '}
              {refreshed}
            </Text>
          </>
        ) : null}
        {props.rateLimitRemaining !== null ? (
          <>
            <Dot />
            <Text
              dimColor={props.rateLimitRemaining >= 500}
              color={props.rateLimitRemaining < 500 ? 'yellow' : undefined}
            >
              API {props.rateLimitRemaining} left
            </Text>
          </>
        ) : null}
        {props.refreshing ? (
          <>
            <Dot />
            <Text color="cyan">
              <Spinner type="dots" /> refreshing
            </Text>
          </>
        ) : null}
      </Text>
    </Box>
  );
}

// Key presses redraw the board, not this line: its props stay the same.
export const StatusBar = memo(StatusBarView);
