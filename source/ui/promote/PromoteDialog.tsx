import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {Box, Text} from 'ink';
import {formatAge} from '../../shared/age.js';
import {releaseLabel, selectedTargets, type PromotionPlan} from '../../board/promotion-plan.js';
import {promotionTitle} from '../../board/promotion-title.js';
import {useKeys} from '../hooks/useKeys.js';
import {useSyncReducer} from '../hooks/useSyncReducer.js';
import {useServices} from '../services.js';
import {ConfirmPrompt, confirmQuestion} from './ConfirmPrompt.js';
import {dialogReducer, initialDialogState, type DialogAction} from './dialog-state.js';
import {dialogBudget, wrappedLines} from './dialog-layout.js';

export type PromoteDialogProps = {
  plan: PromotionPlan;
  width: number;
  height: number;
  isActive: boolean;
  // With the targets as finally selected; the dialog itself sends nothing.
  onConfirm: (plan: PromotionPlan) => void;
  onCancel: () => void;
};

// The focused button is bracketed as well as inverted, so it reads without colour too.
function Button({
  label,
  focused,
  disabled = false,
}: {
  label: string;
  focused: boolean;
  disabled?: boolean;
}) {
  return (
    <Text inverse={focused} bold={focused} dimColor={disabled && !focused}>
      {focused ? `[ ${label} ]` : `  ${label}  `}
    </Text>
  );
}

export function PromoteDialog({
  plan,
  width,
  height,
  isActive,
  onConfirm,
  onCancel,
}: PromoteDialogProps) {
  const services = useServices();
  const {
    state,
    dispatch: apply,
    current: latest,
  } = useSyncReducer(dialogReducer, () => initialDialogState(plan));
  const current = state.plan;

  // The choice goes upward as the key that makes it is handled; once made, the reducer
  // takes no more actions, so it is reported once.
  const dispatch = (action: DialogAction) => {
    const before = latest();
    const after = apply(action);
    if (before.outcome !== null || after.outcome === null) return;
    if (after.outcome === 'confirm') onConfirm(after.plan);
    else onCancel();
  };

  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'promoteDialog', 'dialog'>> = {
        back: () => dispatch({type: 'cancel'}),
        'app-prev': () => dispatch({type: 'move', delta: -1}),
        'app-next': () => dispatch({type: 'move', delta: 1}),
        'toggle-target': () => dispatch({type: 'toggle'}),
        'switch-button': () => dispatch({type: 'switch-button'}),
        choose: () => dispatch({type: 'enter'}),
      };
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive: isActive && state.step === 'review' && state.outcome === null},
  );

  const now = services.now();
  const selected = selectedTargets(current);
  const release = current.source.release;
  const production = selected.some((t) => t.app.stage === 'production');
  const inner = Math.max(10, width - 4);

  const action =
    current.confirmation.kind === 'type'
      ? 'promote'
      : `promote to ${selected.map((t) => t.app.name).join(', ')}`;
  // The typed question in short when in full it would take more than two lines.
  const short = wrappedLines(confirmQuestion(current.confirmation, action), inner) > 2;
  const title = promotionTitle(current.source.app.name, releaseLabel(release), production, inner);
  // Commits a target would lose are part of the warnings: they take room before the others.
  const removed = current.removedCommits.slice(0, 5);
  const warningLines = [
    ...(removed.length > 0 ? [1 + removed.length] : []),
    ...current.warnings.map((w) => wrappedLines(`! ${w}`, inner)),
  ];
  const budget = dialogBudget({
    height,
    targets: current.targets.length,
    commits: current.commits.length,
    warningLines,
    reasonLines: !current.promotable && current.reason ? wrappedLines(current.reason, inner) : 0,
    // The question wraps in a narrow dialog; the typed kind has its field under it.
    footer:
      state.step === 'review'
        ? 1
        : wrappedLines(confirmQuestion(current.confirmation, action, short), inner) +
          (current.confirmation.kind === 'type' ? 1 : 0),
  });
  const targetStart = Math.min(
    Math.max(0, state.cursor - budget.targets + 1),
    Math.max(0, current.targets.length - budget.targets),
  );
  const shownCommits = current.commits.slice(0, budget.commits);
  const hiddenCommits = current.commits.length - shownCommits.length;

  return (
    <Box
      flexDirection="column"
      width={width}
      height={Math.min(height, budget.total)}
      borderStyle="round"
      borderColor={production ? 'red' : 'cyan'}
      paddingX={1}
      overflow="hidden"
    >
      {/* What ships and where: these lines never give way when room is short. */}
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {title.text}
          <Text color="red">{title.production}</Text>
        </Text>
      </Box>
      {budget.releaseLine && (
        <Box flexShrink={0}>
          <Text dimColor wrap="truncate-end">
            {release
              ? `${title.sha ? `${title.sha} ` : ''}${release.description || 'no description'} · ${release.user ?? 'unknown author'} · ${formatAge(release.createdAt, now)} ago · ${release.status}`
              : 'No release to promote.'}
          </Text>
        </Box>
      )}
      {budget.targetsHeader && (
        <Text bold wrap="truncate-end">
          Targets{current.targets.length > 1 ? ' (space toggles, ↑↓ moves)' : ''}
        </Text>
      )}
      {current.targets.length === 0 && <Text dimColor>none</Text>}
      {current.targets.slice(targetStart, targetStart + budget.targets).map((target, i) => {
        const index = targetStart + i;
        const mark = target.blocked ? '[-]' : target.selected ? '[x]' : '[ ]';
        return (
          <Text
            key={target.app.id}
            wrap="truncate-end"
            inverse={index === state.cursor && current.targets.length > 1}
          >
            {index === state.cursor ? '› ' : '  '}
            {mark}{' '}
            <Text color={target.app.stage === 'production' ? 'red' : undefined} bold>
              {target.app.name}
            </Text>
            {'  '}
            <Text dimColor>{target.summary}</Text>
          </Text>
        );
      })}
      {budget.commitsHeader && (
        <Text bold>
          Commits reaching {selected.length > 1 ? 'them' : 'it'} ({current.commits.length})
        </Text>
      )}
      {shownCommits.map((commit) => (
        <Text key={commit.sha} wrap="truncate-end">
          {'  '}
          <Text color="yellow">{commit.shortSha}</Text>{' '}
          <Text dimColor>
            {commit.author ?? '?'} {commit.date ? formatAge(commit.date, now) : ''}
          </Text>{' '}
          {commit.message}
        </Text>
      ))}
      {budget.commitsHeader && hiddenCommits > 0 && (
        <Text dimColor> … and {hiddenCommits} more</Text>
      )}
      {removed.length > 0 && budget.warnings > 0 && (
        <Box flexDirection="column">
          <Text bold color="red">
            {`Commits ${selected.length > 1 ? 'they' : 'it'} would lose (${current.removedCommits.length})`}
          </Text>
          {removed.map((commit) => (
            <Text key={commit.sha} color="red" wrap="truncate-end">
              {'  - '}
              {commit.shortSha} {commit.author ?? '?'} {commit.message}
            </Text>
          ))}
        </Box>
      )}
      {current.warnings
        .slice(0, budget.warnings - (removed.length > 0 ? 1 : 0))
        .map((warning, i) => (
          <Text key={i} color="yellow">
            ! {warning}
          </Text>
        ))}
      {!current.promotable && current.reason && <Text color="red">{current.reason}</Text>}
      {state.step === 'review' ? (
        <Box flexShrink={0}>
          {/* The buttons keep their width; the hint after them gives way. */}
          <Box flexShrink={0}>
            <Button label="Cancel" focused={state.focus === 'cancel'} />
            <Text> </Text>
            <Button
              label="Promote…"
              focused={state.focus === 'continue'}
              disabled={!current.promotable}
            />
          </Box>
          <Text dimColor wrap="truncate-end">
            {' '}
            {hintsFor('dialog', inner - BUTTONS_WIDTH - 1, {
              handled: DIALOG_KEYS,
              separator: ' · ',
            })}
          </Text>
        </Box>
      ) : (
        <Box flexShrink={0} flexDirection="column">
          <ConfirmPrompt
            confirmation={current.confirmation}
            action={action}
            short={short}
            isActive={isActive && state.outcome === null}
            onConfirm={() => dispatch({type: 'confirmed'})}
            onCancel={() => dispatch({type: 'cancel'})}
          />
        </Box>
      )}
    </Box>
  );
}

const DIALOG_KEYS = handledBy('promoteDialog', 'dialog');
// "  Cancel   [ Promote… ]": both buttons and the space between them.
const BUTTONS_WIDTH = 'Cancel'.length + 'Promote…'.length + 9;
