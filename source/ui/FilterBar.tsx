import {Text} from 'ink';
import {offeredKey} from '../board/key-hints.js';
import {sanitizeText} from '../shared/sanitize.js';

// The keys the filter names, from the table.
const KEEP = offeredKey('filter', 'filter-accept');
const CLEAR = offeredKey('filter', 'back');

export function FilterBar(props: {text: string; editing: boolean; matches: number}) {
  return (
    <Text wrap="truncate-end">
      <Text color="cyan" bold>
        /{' '}
      </Text>
      <Text>{sanitizeText(props.text)}</Text>
      {props.editing ? <Text inverse> </Text> : null}
      <Text dimColor>
        {'  '}
        {props.matches} {props.matches === 1 ? 'match' : 'matches'}
        {props.editing ? ` · ${KEEP} keeps the filter, ${CLEAR} clears it` : ` · ${CLEAR} clears`}
      </Text>
    </Text>
  );
}
