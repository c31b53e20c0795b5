import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {formatAge} from '../board/age.js';
import {sanitizeText} from '../board/sanitize.js';
import {clockTime} from './clock.js';
import {useNow} from './hooks/useNow.js';

export type StatusBarProps = {
  pipeline: string;
  email: string | null;
  lastRefreshAt: number | null;
  refreshing: boolean;
  stale: boolean;
  rateLimitRemaining: number | null;
  width: number;
};

function ago(at: number, now: number): string {
  const age = formatAge(new Date(at).toISOString(), now);
  return age === '' || age === 'now' ? 'just now' : `${age} ago`;
}

function Dot() {
  return <Text dimColor> · </Text>;
}

export function StatusBar(props: StatusBarProps) {
  const now = useNow();
  const refreshed =
    props.lastRefreshAt === null
      ? null
      : `${clockTime(props.lastRefreshAt)} (${ago(props.lastRefreshAt, now)})`;
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate-end">
        <Text bold>{sanitizeText(props.pipeline)}</Text>
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
