import {toggleTarget, type PromotionPlan} from '../../board/promotion-plan.js';

// The promotion dialog's own state. Keys become actions so that several keys arriving in
// one chunk are applied in order to the newest state, never to a stale one.

export type DialogButton = 'cancel' | 'continue';

export type DialogState = {
  plan: PromotionPlan;
  cursor: number; // which target the space bar toggles
  focus: DialogButton; // Cancel is focused first: Enter alone never promotes
  step: 'review' | 'confirm';
  outcome: null | 'cancel' | 'confirm';
};

export type DialogAction =
  | {type: 'move'; delta: number}
  | {type: 'toggle'}
  | {type: 'switch-button'}
  | {type: 'enter'}
  | {type: 'cancel'}
  | {type: 'confirmed'};

export function initialDialogState(plan: PromotionPlan): DialogState {
  return {plan, cursor: 0, focus: 'cancel', step: 'review', outcome: null};
}

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  if (state.outcome !== null) return state;
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
      return plan === state.plan ? state : {...state, plan};
    }
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
