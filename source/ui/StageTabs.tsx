import {Box, Text} from 'ink';
import type {Stage, StageColumn} from '../board/types.js';
import {StageName} from './StageHeader.js';

// Narrow terminals show one stage at a time; this strip says which, and what else there is.
// Each tab carries its own stage's count; the active one says which of its apps are shown
// when they do not all fit (`STAGING 1–3 of 12`).
export function StageTabs(props: {
  columns: StageColumn[];
  active: Stage;
  width: number;
  window: string | null; // the active stage's window, when it scrolls
}) {
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate-end">
        {props.columns.map((column, i) => (
          <Text key={column.stage}>
            {i > 0 ? <Text dimColor> │ </Text> : null}
            <StageName stage={column.stage} active={column.stage === props.active} />
            <Text dimColor>
              {' '}
              {column.stage === props.active && props.window !== null
                ? props.window
                : column.apps.length}
            </Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}
