import {describe, expect, it} from 'vitest';
import {buildPromotionPlan} from '../../../source/board/promotion-plan.js';
import {dialogBudget} from '../../../source/ui/promote/dialog-layout.js';
import {
  dialogReducer,
  initialDialogState,
  type DialogAction,
} from '../../../source/ui/promote/dialog-state.js';
import {board, card} from '../../board/promotion-fixtures.js';

const staging = card('s-staging', 'staging');
const prodA = card('a-prod', 'production');
const prodB = card('b-prod', 'production');
const plan = buildPromotionPlan({board: board([staging, prodA, prodB]), source: staging});
const run = (actions: DialogAction[]) => actions.reduce(dialogReducer, initialDialogState(plan));

describe('dialogReducer', () => {
  it('w with one checked target says why nothing moves', () => {
    const single = buildPromotionPlan({board: board([staging, prodA]), source: staging});
    const state = dialogReducer(initialDialogState(single), {type: 'wave', delta: 1});
    expect(state.plan).toBe(single);
    expect(state.notice).toBe(
      'Waves order two checked targets or more: here one promotion does it.',
    );
    // With two checked, w moves the target to a wave of its own.
    expect(run([{type: 'wave', delta: 1}]).notice).toBeNull();
  });

  it('starts on Cancel, so Enter alone cancels', () => {
    expect(initialDialogState(plan).focus).toBe('cancel');
    expect(run([{type: 'enter'}]).outcome).toBe('cancel');
  });

  it('applies keys arriving together in order', () => {
    const state = run([
      {type: 'move', delta: 1},
      {type: 'toggle'},
      {type: 'move', delta: 1},
      {type: 'switch-button'},
      {type: 'enter'},
    ]);
    expect(state.cursor).toBe(1);
    expect(state.plan.targets.map((t) => t.selected)).toEqual([true, false]);
    expect(state.step).toBe('confirm');
    expect(state.outcome).toBeNull();
  });

  it('confirms only from the confirm step, and nothing changes after an outcome', () => {
    expect(run([{type: 'confirmed'}]).outcome).toBeNull();
    const confirmed = run([{type: 'switch-button'}, {type: 'enter'}, {type: 'confirmed'}]);
    expect(confirmed.outcome).toBe('confirm');
    expect(dialogReducer(confirmed, {type: 'cancel'})).toBe(confirmed);
    const cancelled = run([{type: 'cancel'}]);
    expect(dialogReducer(cancelled, {type: 'confirmed'})).toBe(cancelled);
  });

  it('keeps Cancel focused when the plan cannot be promoted', () => {
    const blocked = buildPromotionPlan({board: board([staging]), source: staging});
    const state = [{type: 'switch-button'}, {type: 'enter'}].reduce(
      (s, a) => dialogReducer(s, a as DialogAction),
      initialDialogState(blocked),
    );
    expect(state.outcome).toBe('cancel');
  });
});

describe('dialogBudget', () => {
  it.each([
    // height, commits, warnings (lines each) -> commits shown, warnings shown, total
    [40, 3, [1], 3, 1, 2 + 2 + 1 + 1 + 1 + 1 + 4],
    [14, 30, [1, 2], 2, 2, 14],
    [10, 30, [1, 2], 0, 2, 10],
    // The one warning does not fit: a line says so.
    [8, 5, [3], 0, 0, 8],
  ])('height %i, %i commits', (height, commits, warningLines, shown, warnings, total) => {
    const budget = dialogBudget({
      height,
      targets: 1,
      commits,
      warningLines,
      reasonLines: 0,
      footer: 1,
    });
    expect(budget.commits).toBe(shown);
    expect(budget.warnings).toBe(warnings);
    expect(budget.total).toBe(total);
    expect(budget.total).toBeLessThanOrEqual(Math.max(height, 7));
    expect(budget.hiddenWarnings).toBe(warningLines.length - warnings);
  });
});
