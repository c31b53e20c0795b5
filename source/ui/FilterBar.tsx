import {Text} from 'ink';
import {sanitizeText} from '../shared/sanitize.js';

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
        {props.editing ? ' · Enter keeps the filter, Esc clears it' : ' · Esc clears'}
      </Text>
    </Text>
  );
}
