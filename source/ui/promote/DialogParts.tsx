import {Text} from 'ink';
import type {PlanTarget} from '../../board/promotion-plan.js';

// The promotion dialog's small parts: its buttons and a target's row.

// The focused button is bracketed as well as inverted, so it reads without colour too.
export function Button({
  label,
  focused,
  disabled = false,
}: {
  label: string;
  focused: boolean;
  disabled?: boolean;
}) {
  return (
    <Text inverse={focused} bold={focused} dimColor={disabled && !focused}>
      {focused ? `[ ${label} ]` : `  ${label}  `}
    </Text>
  );
}

// One target: the cursor, its box ([x] checked, [ ] not, [-] cannot be), its wave, what it gets.
export function TargetRow({
  target,
  cursor,
  highlight,
  wave,
}: {
  target: PlanTarget;
  cursor: boolean;
  highlight: boolean;
  wave: number | null;
}) {
  const mark = target.blocked ? '[-]' : target.selected ? '[x]' : '[ ]';
  return (
    <Text wrap="truncate-end" inverse={highlight}>
      {cursor ? '› ' : '  '}
      {mark}{' '}
      <Text color={target.app.stage === 'production' ? 'red' : undefined} bold>
        {target.app.name}
      </Text>
      {wave !== null ? <Text color="cyan"> wave {wave}</Text> : null}
      {'  '}
      <Text dimColor>{target.summary}</Text>
    </Text>
  );
}
