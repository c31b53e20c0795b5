import {Box, Text, useInput} from 'ink';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import type {HandledBy} from '../key-handlers.js';
import {LineInput} from '../LineInput.js';

export type LogSearchProps = {
  value: string;
  isActive: boolean;
  onChange: (text: string) => void; // the pane shows matching lines as the text is typed
  onDone: () => void; // Enter: the text stays the pane's filter
  onCancel: () => void; // Esc: the text filter is cleared
  width: number;
};

// `/` in the log panes: the text a pane keeps its lines to.
export function LogSearch(props: LogSearchProps) {
  const {isActive, onCancel} = props;
  useInput(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'logSearch', 'typing'>> = {back: onCancel};
      dispatchKey('typing', input, key, handlers);
    },
    {isActive},
  );
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate-end">{`Lines with (Enter keeps, ${offeredKey('typing', 'back')} clears): `}</Text>
      <LineInput
        value={props.value}
        focus={isActive}
        onChange={props.onChange}
        onSubmit={() => props.onDone()}
      />
    </Box>
  );
}
