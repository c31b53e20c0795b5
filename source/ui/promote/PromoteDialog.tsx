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
import {Button, TargetRow} from './DialogParts.js';
import {dialogReducer, initialDialogState, type DialogAction} from './dialog-state.js';
import {dialogBudget, wrappedLines} from './dialog-layout.js';
import {CiChecksLine, hasCiLine} from '../ci-checks.js';
import {ExtraLines, extraLines, type NewerRelease} from './DialogExtras.js';
import {PlanCommits, PlanWarnings} from './PlanSections.js';
import {planWaves, waveOf} from '../../board/promotion-waves.js';

export type PromoteDialogProps = {
  plan: PromotionPlan;
  width: number;
  height: number;
  isActive: boolean;
  // With the targets as finally selected; the dialog itself sends nothing.
  onConfirm: (plan: PromotionPlan, options: {maintenanceFirst: boolean}) => void;
  onCancel: () => void;
  // The source runs a newer release than the one reviewed (said before the confirmation).
  newer?: NewerRelease;
  // Review again on that newer release.
  onReplan?: () => void;
  // Told when the typed confirmation opens, so the source is checked for a newer release.
  onConfirmStep?: () => void;
};

export function PromoteDialog({
  plan,
  width,
  height,
  isActive,
  onConfirm,
  onCancel,
  newer = null,
  onReplan,
  onConfirmStep,
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
    if (before.step === 'review' && after.step === 'confirm') onConfirmStep?.();
    if (before.outcome !== null || after.outcome === null) return;
    if (after.outcome === 'confirm') {
      onConfirm(after.plan, {maintenanceFirst: after.maintenanceFirst});
    } else onCancel();
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
        'wave-later': () => dispatch({type: 'wave', delta: 1}),
        'wave-earlier': () => dispatch({type: 'wave', delta: -1}),
        replan: () => {
          if (newer) onReplan?.();
        },
        'maintenance-first': () => dispatch({type: 'maintenance-first'}),
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
  const extras = extraLines(state, newer, inner);
  const warningLines = [
    ...(removed.length > 0 ? [1 + removed.length] : []),
    ...current.warnings.map((w) => wrappedLines(`! ${w}`, inner)),
  ];
  const budget = dialogBudget({
    height,
    targets: current.targets.length,
    commits: current.commits.length,
    warningLines,
    reasonLines:
      (!current.promotable && current.reason ? wrappedLines(current.reason, inner) : 0) +
      (hasCiLine(current.ci) ? 1 : 0),
    // The question wraps in a narrow dialog; the typed kind has its field under it.
    footer:
      (state.step === 'review'
        ? 1
        : wrappedLines(confirmQuestion(current.confirmation, action, short), inner) +
          (current.confirmation.kind === 'type' ? 1 : 0)) +
      extras.reduce((n, line) => n + line.lines, 0),
  });
  const waves = planWaves(current);
  const backwards = new Set(
    selected.flatMap((t) => t.checks.filter((c) => c.kind === 'backwards').map((c) => c.message)),
  );
  const targetStart = Math.min(
    Math.max(0, state.cursor - budget.targets + 1),
    Math.max(0, current.targets.length - budget.targets),
  );

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
      {hasCiLine(current.ci) && (
        <Box flexShrink={0}>
          <CiChecksLine ci={current.ci} />
        </Box>
      )}
      {budget.targetsHeader && (
        <Text bold wrap="truncate-end">
          Targets{current.targets.length > 1 ? ' (space toggles, ↑↓ moves)' : ''}
          {waves.length > 1
            ? ` · in ${waves.length} waves, each after the one before succeeded`
            : ''}
        </Text>
      )}
      {current.targets.length === 0 && <Text dimColor>none</Text>}
      {current.targets.slice(targetStart, targetStart + budget.targets).map((target, i) => {
        const index = targetStart + i;
        return (
          <TargetRow
            key={target.app.id}
            target={target}
            cursor={index === state.cursor}
            highlight={index === state.cursor && current.targets.length > 1}
            wave={waves.length > 1 && target.selected ? waveOf(current, target.app.id) : null}
          />
        );
      })}
      <PlanCommits
        commits={current.commits}
        shown={budget.commits}
        header={budget.commitsHeader}
        targets={selected.length}
        now={now}
      />
      <PlanWarnings
        removed={removed}
        removedCount={current.removedCommits.length}
        warnings={current.warnings}
        shown={budget.warnings}
        hidden={budget.hiddenWarnings}
        backwards={backwards}
        targets={selected.length}
      />
      {!current.promotable && current.reason && (
        <Text color={current.nothingToDo ? 'yellow' : 'red'}>{current.reason}</Text>
      )}
      <ExtraLines lines={extras} />
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
              // Waves order two checked targets or more.
              handled:
                selected.length > 1
                  ? DIALOG_KEYS
                  : DIALOG_KEYS.filter((c) => c !== 'wave-later' && c !== 'wave-earlier'),
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
            onReplan={newer ? onReplan : undefined}
          />
        </Box>
      )}
    </Box>
  );
}

const DIALOG_KEYS = handledBy('promoteDialog', 'dialog');
// "  Cancel   [ Promote… ]": both buttons and the space between them.
const BUTTONS_WIDTH = 'Cancel'.length + 'Promote…'.length + 9;
