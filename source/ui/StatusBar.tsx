import {memo} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {formatAge} from '../shared/age.js';
import {sanitizeText} from '../shared/sanitize.js';
import {clockTime} from './clock.js';
import {useNow} from './hooks/useNow.js';
import {isNarrowText} from './narrow-text.js';
import {fitStatusParts, type StatusPart} from './status-parts.js';

export type StatusBarProps = {
  pipeline: string;
  email: string | null;
  lastRefreshAt: number | null;
  refreshing: boolean;
  stale: boolean;
  rateLimitRemaining: number | null;
  // Set while the refresh is stretched to save the API budget: says how far.
  throttle?: string | null;
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
  const pipeline = sanitizeText(props.pipeline);
  const parts: StatusPart[] = [{key: 'pipeline', text: pipeline, keep: 100}];
  if (props.email) parts.push({key: 'email', text: props.email, keep: 1});
  if (props.lastRefreshAt !== null) {
    const time = clockTime(props.lastRefreshAt);
    const lead = props.stale ? 'STALE, last refresh ' : 'refreshed ';
    parts.push({
      key: 'refreshed',
      text: `${lead}${time} (${ago(props.lastRefreshAt, now, props.stale)})`,
      short: props.stale ? `STALE since ${time}` : time,
      keep: props.stale ? 50 : 2,
    });
  }
  if (props.rateLimitRemaining !== null) {
    parts.push({key: 'api', text: `API ${props.rateLimitRemaining} left`, keep: 60});
  }
  if (props.throttle) parts.push({key: 'throttle', text: props.throttle, keep: 40});
  if (props.refreshing) parts.push({key: 'refreshing', text: 'refreshing', keep: 30});
  const fitted = fitStatusParts(parts, props.width);
  const overflow = isNarrowText(pipeline, props.email) ? 'visible' : 'hidden';
  const low = props.rateLimitRemaining !== null && props.rateLimitRemaining < 500;
  return (
    <Box width={props.width} height={1} overflow={overflow}>
      <Text wrap="truncate-end">
        {fitted.map((part, i) => (
          <Text key={part.key}>
            {i > 0 ? <Dot /> : null}
            {part.key === 'pipeline' ? <Text bold>{part.shown}</Text> : null}
            {part.key === 'email' ? <Text>{part.shown}</Text> : null}
            {part.key === 'refreshed' ? (
              <Text dimColor={!props.stale} color={props.stale ? 'red' : undefined}>
                {part.shown}
              </Text>
            ) : null}
            {part.key === 'api' ? (
              <Text dimColor={!low} color={low ? 'yellow' : undefined}>
                {part.shown}
              </Text>
            ) : null}
            {part.key === 'throttle' ? <Text color="yellow">{part.shown}</Text> : null}
            {part.key === 'refreshing' ? (
              <Text color="cyan">
                <Spinner type="dots" /> refreshing
              </Text>
            ) : null}
          </Text>
        ))}
      </Text>
    </Box>
  );
}

// Key presses redraw the board, not this line: its props stay the same.
export const StatusBar = memo(StatusBarView);
