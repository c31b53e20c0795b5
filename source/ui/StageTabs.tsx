import {Box, Text} from 'ink';
import type {Stage, StageColumn} from '../board/types.js';
import {StageName, stageLabel} from './StageHeader.js';

// Narrow terminals show one stage at a time; this strip says which, and what else there is.
// Each tab carries its own stage's count; the active one says which of its apps are shown
// when they do not all fit (`STAGING 1–3 of 12`).
export function StageTabs(props: {
  columns: StageColumn[];
  active: Stage;
  width: number;
  window: string | null; // the active stage's window, when it scrolls
}) {
  const count = (column: StageColumn) =>
    column.stage === props.active && props.window !== null
      ? props.window
      : String(column.apps.length);
  // The other stages' names shorten (STG, PROD), and the separators lose their spaces,
  // when the strip would not fit.
  const full = props.columns.reduce(
    (n, c, i) => n + (i > 0 ? 3 : 0) + stageLabel(c.stage).length + 1 + count(c).length,
    0,
  );
  const short = full > props.width;
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate-end">
        {props.columns.map((column, i) => (
          <Text key={column.stage}>
            {i > 0 ? <Text dimColor>{short ? '│' : ' │ '}</Text> : null}
            <StageName
              stage={column.stage}
              active={column.stage === props.active}
              short={short && column.stage !== props.active}
            />
            <Text dimColor> {count(column)}</Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}
