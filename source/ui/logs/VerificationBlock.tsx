import {useState} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor, offeredKey} from '../../board/key-hints.js';
import {stepOf} from '../../board/keymap.js';
import {findApp} from '../../board/stages.js';
import type {AppCard, Board} from '../../board/types.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {useKeys} from '../hooks/useKeys.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {ReleaseHistory} from '../promote/ReleaseHistory.js';
import {useVerification, type VerifiedTarget} from './useVerification.js';
import {VerificationPanel} from './VerificationPanel.js';

export type VerificationBlockProps = {
  board: Board;
  targets: readonly VerifiedTarget[];
  promotedAt: number;
  since?: string; // what the window starts at, for the title
  // 'verify': the board's V view, whose keys are all its own; 'dialog': under a promotion
  // that succeeded, beside the progress's keys (Esc and Enter stay the progress's).
  mode: 'verify' | 'dialog';
  width: number;
  height: number;
  isActive: boolean;
  onBack?: () => void;
  onRolledBack: () => void;
  // The rollback's question takes the whole view while it is asked.
  onRollingBack?: (asking: boolean) => void;
  notify: (text: string, tone?: 'info' | 'warning' | 'error') => void;
};

const VERIFY_KEYS = handledBy('verification', 'verify');

// The verification panel with its keys: + and - change the window, r rolls the selected
// target back to the release before (the release history's typed confirmation), Tab moves
// between targets (←→ too under a promotion, where Tab is the dialog's switch-button).
export function VerificationBlock(props: VerificationBlockProps) {
  const {targets, mode, isActive, onRollingBack, notify} = props;
  const watch = useVerification(targets, props.promotedAt);
  const [selected, setSelected] = useState(0);
  const [rollingBack, setRollingBack] = useState<{app: AppCard; before: number} | null>(null);
  const target = targets[selected] ?? targets[0];

  const startRollback = () => {
    const app = target ? findApp(props.board, target.appId) : null;
    if (!target || !app) return notify('That app is no longer on the board.', 'warning');
    const before = target.version ?? app.release?.version ?? null;
    if (before === null) return notify(`${app.name} has no release to roll back from.`, 'warning');
    setRollingBack({app, before});
    onRollingBack?.(true);
  };
  const endRollback = () => {
    setRollingBack(null);
    onRollingBack?.(false);
  };

  useKeys(
    (input, key) => {
      const common = {
        'window-longer': () => watch.change(1),
        'window-shorter': () => watch.change(-1),
        rollback: startRollback,
      };
      if (mode === 'dialog') {
        // Beside the progress, whose buttons are gone: ←→ and Tab choose the target.
        const handlers: KeyHandlers<HandledBy<'verification', 'dialog'>> = {
          ...common,
          'switch-button': () => {
            const count = Math.max(1, targets.length);
            setSelected((s) => (s + stepOf(input, key) + count) % count);
          },
        };
        dispatchKey('dialog', input, key, handlers);
        return;
      }
      const handlers: KeyHandlers<HandledBy<'verification', 'verify'>> = {
        ...common,
        'switch-pane': () => setSelected((s) => (s + 1) % Math.max(1, targets.length)),
        back: () => props.onBack?.(),
      };
      dispatchKey('verify', input, key, handlers, {
        context: {panes: targets.length},
        refuse: (reason) => notify(reason, 'warning'),
      });
    },
    {isActive: isActive && rollingBack === null},
  );

  if (rollingBack) {
    return (
      <ReleaseHistory
        app={rollingBack.app}
        width={props.width}
        height={props.height}
        isActive={isActive}
        onClose={endRollback}
        onPromote={() => undefined}
        onRolledBack={props.onRolledBack}
        rollbackBefore={rollingBack.before}
      />
    );
  }

  const rollbackKey = offeredKey(mode, 'rollback');
  const hint =
    mode === 'verify'
      ? hintsFor('verify', props.width, {context: {panes: targets.length}, handled: VERIFY_KEYS})
      : null;
  const panelHeight = Math.max(3, props.height - (hint ? 1 : 0) - (watch.error ? 1 : 0));
  const name = target ? sanitizeText(target.name) : '';
  return (
    <Box flexDirection="column" width={props.width} height={props.height} overflow="hidden">
      {watch.report ? (
        <VerificationPanel
          targets={watch.report.targets}
          minutes={watch.minutes}
          elapsedMinutes={watch.elapsedMinutes}
          since={props.since}
          selected={target?.name}
          width={props.width}
          height={panelHeight}
          rollbackHint={
            rollbackKey
              ? `${rollbackKey} rolls ${name} back${
                  mode === 'dialog'
                    ? `${targets.length > 1 ? ', Tab another target' : ''}, +/- change the window`
                    : ''
                }`
              : undefined
          }
        />
      ) : watch.error ? null : (
        <Text>
          <Text color="cyan">
            <Spinner type="dots" />
          </Text>{' '}
          Verifying {targets.map((t) => sanitizeText(t.name)).join(', ')}: opening the logs…
        </Text>
      )}
      {watch.error ? (
        <Text color="red" wrap="truncate-end">
          Verification stopped: {watch.error}
        </Text>
      ) : null}
      {hint ? (
        <Text dimColor wrap="truncate-end">
          {hint}
        </Text>
      ) : null}
    </Box>
  );
}
