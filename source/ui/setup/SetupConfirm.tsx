import {Box, Text} from 'ink';
import {
  describeSetupChange,
  setupConfirmation,
  type SetupChange,
} from '../../board/pipeline-setup.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {ConfirmPrompt} from '../promote/ConfirmPrompt.js';

export type SetupConfirmProps = {
  change: SetupChange;
  warning?: string | null; // the naming warning, shown before anything is done
  error?: string | null; // Heroku's refusal of the last try, one sentence
  isActive: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

const ACTIONS: Record<SetupChange['kind'], string> = {
  create: 'create it',
  add: 'add it',
  move: 'move it',
  remove: 'remove it',
  rename: 'rename it',
  destroy: 'destroy it',
};

// The last step of every setup change: what it does, then a typed name (production,
// destroy) or y. Nothing is sent before onConfirm; Esc cancels.
export function SetupConfirm({
  change,
  warning,
  error,
  isActive,
  onConfirm,
  onCancel,
}: SetupConfirmProps) {
  return (
    <Box flexDirection="column">
      <Text>{sanitizeText(describeSetupChange(change))}</Text>
      {warning && <Text color="yellow">⚠ {sanitizeText(warning)}</Text>}
      {error && <Text color="red">{sanitizeText(error)}</Text>}
      <ConfirmPrompt
        confirmation={setupConfirmation(change)}
        action={ACTIONS[change.kind]}
        isActive={isActive}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </Box>
  );
}
