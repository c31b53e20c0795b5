import {Box, Text} from 'ink';
import type {Stage, StageColumn} from '../board/types.js';
import {StageName} from './StageHeader.js';

// Narrow terminals show one stage at a time; this strip says which, and what else there is.
export function StageTabs(props: {
  columns: StageColumn[];
  active: Stage;
  width: number;
  window: string;
}) {
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate-end">
        {props.columns.map((column, i) => (
          <Text key={column.stage}>
            {i > 0 ? <Text dimColor> │ </Text> : null}
            <StageName stage={column.stage} active={column.stage === props.active} />
            <Text dimColor> {column.apps.length}</Text>
          </Text>
        ))}
        <Text dimColor> · {props.window}</Text>
      </Text>
    </Box>
  );
}
