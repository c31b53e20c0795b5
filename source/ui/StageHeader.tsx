import {Text} from 'ink';
import type {Stage} from '../board/types.js';

// The names a narrow tab strip gives the stages that are not under the cursor.
export const SHORT_STAGE: Record<Stage, string> = {
  review: 'REV',
  development: 'DEV',
  staging: 'STG',
  production: 'PROD',
};

export function stageLabel(stage: Stage, short = false): string {
  return ` ${short ? SHORT_STAGE[stage] : stage.toUpperCase()} `;
}

// Production is where mistakes hurt: its name is always red and in capitals.
export function StageName({
  stage,
  active,
  short = false,
}: {
  stage: Stage;
  active: boolean;
  short?: boolean;
}) {
  if (stage === 'production') {
    return (
      <Text color="red" bold inverse={active} underline={!active}>
        {stageLabel(stage, short)}
      </Text>
    );
  }
  return (
    <Text bold inverse={active} color={active ? 'cyan' : undefined}>
      {stageLabel(stage, short)}
    </Text>
  );
}
