import type {Confirmation} from './confirmation.js';
import {stageFromName} from './stages.js';
import type {Stage} from './types.js';

// The rules of setting a pipeline up, before anything is sent: names, the stage an app's
// suffix suggests, the naming warning, and which confirmation each change needs.

export const PIPELINE_NAME = /^[a-z][a-z0-9-]{2,29}$/;

// The stages an app can be added to from here (review apps come from Heroku's review apps).
export const SETUP_STAGES: readonly Stage[] = ['development', 'staging', 'production'];

// Null when Heroku would accept the name, otherwise one sentence saying why not.
export function pipelineNameProblem(name: string): string | null {
  if (name.length === 0) return 'A pipeline needs a name.';
  if (!/^[a-z]/.test(name)) return 'A pipeline name starts with a lowercase letter.';
  if (!/^[a-z0-9-]+$/.test(name))
    return 'A pipeline name has only lowercase letters, digits and dashes.';
  if (!PIPELINE_NAME.test(name)) return 'A pipeline name is 3 to 30 characters long.';
  return null;
}

// A region after the stage (`whitewave-prod-eu`) still names the stage.
const REGION_TAIL = /-(eu|us)$/;

// The stage the name's suffix says (`-staging` -> staging), or null when it says none.
export function suggestedStage(appName: string): Stage | null {
  const stage = stageFromName(appName) ?? stageFromName(appName.replace(REGION_TAIL, ''));
  return stage !== null && SETUP_STAGES.includes(stage) ? stage : null;
}

// Shown before an app is coupled to a stage its name contradicts.
export function setupNamingWarning(appName: string, stage: Stage): string | null {
  const claimed = suggestedStage(appName);
  if (claimed === null || claimed === stage) return null;
  return `${appName}'s name says ${claimed}, but it would be coupled as ${stage}.`;
}

export type SetupChange =
  | {kind: 'create'; pipeline: string}
  | {kind: 'add'; app: string; stage: Stage}
  | {kind: 'move'; app: string; from: Stage; to: Stage}
  | {kind: 'remove'; app: string; stage: Stage}
  | {kind: 'rename'; pipeline: string; newName: string; hasProduction: boolean}
  | {kind: 'destroy'; pipeline: string};

// Anything touching production, and a destroy, needs the name typed; the rest y/n.
export function setupConfirmation(change: SetupChange): Confirmation {
  switch (change.kind) {
    case 'create':
      return {kind: 'yes'};
    case 'add':
      return change.stage === 'production' ? {kind: 'type', text: change.app} : {kind: 'yes'};
    case 'move':
      return change.from === 'production' || change.to === 'production'
        ? {kind: 'type', text: change.app}
        : {kind: 'yes'};
    case 'remove':
      return change.stage === 'production' ? {kind: 'type', text: change.app} : {kind: 'yes'};
    case 'rename':
      return change.hasProduction ? {kind: 'type', text: change.pipeline} : {kind: 'yes'};
    case 'destroy':
      return {kind: 'type', text: change.pipeline};
  }
}

// What the dialog says the change will do, in one sentence.
export function describeSetupChange(change: SetupChange): string {
  switch (change.kind) {
    case 'create':
      return `Create pipeline ${change.pipeline}.`;
    case 'add':
      return `Add ${change.app} to ${change.stage}.`;
    case 'move':
      return `Move ${change.app} from ${change.from} to ${change.to}.`;
    case 'remove':
      return `Remove ${change.app} from the pipeline; the app itself is kept.`;
    case 'rename':
      return `Rename pipeline ${change.pipeline} to ${change.newName}.`;
    case 'destroy':
      return `Destroy pipeline ${change.pipeline}; its apps are kept.`;
  }
}
