import {Box, Text} from 'ink';
import {sanitizeText} from '../../shared/sanitize.js';
import {figureRows, rolloutText, type VerificationTarget} from './verification-rows.js';

export type VerificationPanelProps = {
  targets: VerificationTarget[];
  minutes: number; // the window
  elapsedMinutes: number;
  width: number;
  height: number;
  rollbackHint?: string; // e.g. "Press b to roll back", from whoever wires the key
  // The target the keys act on, marked when there are several.
  selected?: string;
  since?: string; // what the window starts at (default "the promotion")
};

const VERDICT_COLOR = {healthy: 'green', degraded: 'yellow', failing: 'red'} as const;

function cell(text: string, width: number): string {
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return text.padEnd(width);
}

function TargetBlock(props: {
  target: VerificationTarget;
  width: number;
  compact: boolean;
  marked: boolean;
}) {
  const {target, width} = props;
  const label = Math.min(14, Math.max(8, Math.floor(width * 0.3)));
  const column = Math.min(20, Math.max(6, Math.floor((width - label - 2) / 2)));
  const verdict = target.verdict;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        {props.marked ? <Text color="cyan">› </Text> : null}
        <Text bold>{sanitizeText(target.app)} </Text>
        <Text bold color={VERDICT_COLOR[verdict.verdict]}>
          {verdict.verdict.toUpperCase()}
        </Text>
        <Text> {sanitizeText(verdict.rule)}</Text>
      </Text>
      {props.compact ? null : (
        <Text dimColor wrap="truncate-end">
          {`  ${cell('', label)}${cell('before', column)}${cell('after', column)}`}
        </Text>
      )}
      {props.compact
        ? null
        : figureRows(target).map((row) => (
            <Text key={row.label} wrap="truncate-end">
              {`  ${cell(row.label, label)}${cell(row.before, column)}`}
              <Text color={row.worse ? 'red' : undefined}>{cell(row.after, column)}</Text>
            </Text>
          ))}
      <Text
        wrap="truncate-end"
        color={target.rollout?.types.some((t) => t.crashed.length > 0) ? 'red' : undefined}
      >
        {`  rollout ${sanitizeText(rolloutText(target.rollout))}`}
      </Text>
    </Box>
  );
}

// Per target: the figures before the promotion and since, the dyno rollout and the verdict
// with the rule that decided it. Props in, nothing fetched.
export function VerificationPanel(props: VerificationPanelProps) {
  const width = Math.max(20, props.width);
  // A target takes 9 rows with its table (a blank line first), 2 without: the table goes first
  // when room is short.
  const fixedRows = 2 + (props.rollbackHint ? 1 : 0);
  const compact = fixedRows + props.targets.length * 9 > props.height;
  const elapsed = Math.min(props.elapsedMinutes, props.minutes);
  return (
    <Box flexDirection="column" width={width} height={props.height} overflow="hidden">
      <Text bold wrap="truncate-end">
        {`Verification · ${elapsed.toFixed(1)} of ${props.minutes} min since ${props.since ?? 'the promotion'}`}
      </Text>
      {props.targets.map((target) => (
        <Box key={target.app} marginTop={compact ? 0 : 1}>
          <TargetBlock
            target={target}
            width={width}
            compact={compact}
            marked={props.targets.length > 1 && target.app === props.selected}
          />
        </Box>
      ))}
      {props.rollbackHint ? (
        <Text wrap="truncate-end" color="cyan">
          {`Rollback is one key away: ${props.rollbackHint}.`}
        </Text>
      ) : null}
    </Box>
  );
}
