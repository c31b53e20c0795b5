import {Box, Text} from 'ink';
import {LogPane, type LogPaneProps} from './LogPane.js';

export type LogsViewPane = Omit<LogPaneProps, 'width' | 'height' | 'focused'>;

export type LogsViewProps = {
  panes: LogsViewPane[]; // one or two apps, e.g. staging and production
  focused: number;
  width: number;
  height: number;
  hint?: string; // a line of key hints, given by whoever wires the keys
};

// Below this, two panes would each be too narrow to read a router line.
export const SIDE_BY_SIDE_MIN_WIDTH = 120;

export function sideBySide(width: number, panes: number): boolean {
  return panes >= 2 && width >= SIDE_BY_SIDE_MIN_WIDTH;
}

export function LogsView(props: LogsViewProps) {
  const hintRows = props.hint ? 1 : 0;
  const height = Math.max(3, props.height - hintRows);
  const focused = Math.min(Math.max(0, props.focused), Math.max(0, props.panes.length - 1));
  const both = sideBySide(props.width, props.panes.length);
  const shown = both ? props.panes.slice(0, 2) : props.panes.slice(focused, focused + 1);
  const paneWidth = both ? Math.floor((props.width - 1) / 2) : props.width;
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Box flexDirection="row" height={height}>
        {shown.map((pane, index) => (
          <Box key={pane.title} marginLeft={index > 0 ? 1 : 0}>
            <LogPane
              {...pane}
              width={paneWidth}
              height={height}
              focused={both ? index === focused : true}
            />
          </Box>
        ))}
      </Box>
      {props.hint ? (
        <Text wrap="truncate-end" dimColor>
          {!both && props.panes.length > 1
            ? `${focused + 1} of ${props.panes.length} · ${props.hint}`
            : props.hint}
        </Text>
      ) : null}
    </Box>
  );
}
