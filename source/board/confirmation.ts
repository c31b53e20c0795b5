import type {Stage} from './types.js';

// What a person does before a promotion or a rollback is sent: type a name, or press y.
export type Confirmation = {kind: 'type'; text: string} | {kind: 'yes'};

// Production targets need a name typed, like Heroku's --confirm: the target's own name,
// or the pipeline's when several apps are promoted at once.
export function confirmationFor(
  pipelineName: string,
  selected: Array<{app: {name: string; stage: Stage}}>,
): Confirmation {
  if (!selected.some((t) => t.app.stage === 'production')) return {kind: 'yes'};
  if (selected.length === 1) return {kind: 'type', text: selected[0]!.app.name};
  return {kind: 'type', text: pipelineName};
}

// Exact match, as Heroku's --confirm: no case folding, only surrounding spaces forgiven.
export function confirmationMatches(confirmation: Confirmation, typed: string): boolean {
  if (confirmation.kind === 'yes') return typed === 'y' || typed === 'Y';
  return typed.trim() === confirmation.text;
}
