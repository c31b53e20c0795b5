import {Text} from 'ink';
import type {Stage} from '../board/types.js';

// Production is where mistakes hurt: its name is always red and in capitals.
export function StageName({stage, active}: {stage: Stage; active: boolean}) {
  if (stage === 'production') {
    return (
      <Text color="red" bold inverse={active} underline={!active}>
        {' PRODUCTION '}
      </Text>
    );
  }
  return (
    <Text bold inverse={active} color={active ? 'cyan' : undefined}>
      {` ${stage.toUpperCase()} `}
    </Text>
  );
}
