import {selectedTargets, toggleTarget, type PromotionPlan} from '../../board/promotion-plan.js';
import {migrationTargets} from '../../board/promotion-guards.js';
import {moveWave, toggleRefusal} from '../../board/promotion-waves.js';

// The promotion dialog's own state. Keys become actions so that several keys arriving in
// one chunk are applied in order to the newest state, never to a stale one.

export type DialogButton = 'cancel' | 'continue';

export type DialogState = {
  plan: PromotionPlan;
  cursor: number; // which target the space bar toggles
  focus: DialogButton; // Cancel is focused first: Enter alone never promotes
  step: 'review' | 'confirm';
  outcome: null | 'cancel' | 'confirm';
  // Why the last key did nothing (the last target cannot be unchecked), until the next key.
  notice: string | null;
  // Maintenance mode goes on for the selected targets before the promotion is sent
  // (offered when migrations reach them).
  maintenanceFirst: boolean;
};

export type DialogAction =
  | {type: 'move'; delta: number}
  | {type: 'toggle'}
  | {type: 'wave'; delta: number}
  | {type: 'maintenance-first'}
  | {type: 'switch-button'}
  | {type: 'enter'}
  | {type: 'cancel'}
  | {type: 'confirmed'};

export function initialDialogState(plan: PromotionPlan): DialogState {
  return {
    plan,
    cursor: 0,
    focus: 'cancel',
    step: 'review',
    outcome: null,
    notice: null,
    maintenanceFirst: false,
  };
}

function reduce(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'move': {
      const last = Math.max(0, state.plan.targets.length - 1);
      const cursor = Math.min(last, Math.max(0, state.cursor + action.delta));
      return cursor === state.cursor ? state : {...state, cursor};
    }
    case 'toggle': {
      const target = state.plan.targets[state.cursor];
      if (!target || state.step !== 'review') return state;
      const plan = toggleTarget(state.plan, target.app.id);
      if (plan === state.plan) return {...state, notice: toggleRefusal(state.plan, target.app.id)};
      return {...state, plan};
    }
    case 'wave': {
      const target = state.plan.targets[state.cursor];
      if (!target || state.step !== 'review') return state;
      if (!target.selected)
        return {...state, notice: `Check ${target.app.name} to give it a wave.`};
      const plan = moveWave(state.plan, target.app.id, action.delta);
      if (plan !== state.plan) return {...state, plan};
      return selectedTargets(state.plan).length < 2
        ? {...state, notice: 'Waves order two checked targets or more: here one promotion does it.'}
        : state;
    }
    case 'maintenance-first':
      if (state.step !== 'review') return state;
      if (migrationTargets(state.plan).length === 0) {
        return {...state, notice: 'No migrations reach the targets: promote without maintenance.'};
      }
      return {...state, maintenanceFirst: !state.maintenanceFirst};
    case 'switch-button':
      if (!state.plan.promotable) return {...state, focus: 'cancel'};
      return {...state, focus: state.focus === 'cancel' ? 'continue' : 'cancel'};
    case 'enter':
      if (state.step !== 'review') return state;
      if (state.focus === 'cancel' || !state.plan.promotable) return {...state, outcome: 'cancel'};
      return {...state, step: 'confirm'};
    case 'cancel':
      return {...state, outcome: 'cancel'};
    case 'confirmed':
      return state.step === 'confirm' && state.plan.promotable
        ? {...state, outcome: 'confirm'}
        : state;
  }
}

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  if (state.outcome !== null) return state;
  // A notice lasts until the next key; a key that changes nothing keeps the very same state.
  return reduce(state.notice === null ? state : {...state, notice: null}, action);
}
