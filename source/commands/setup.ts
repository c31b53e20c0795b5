import {confirmationMatches, type Confirmation} from '../board/confirmation.js';
import {
  describeSetupChange,
  setupConfirmation,
  setupNamingWarning,
  type SetupChange,
} from '../board/pipeline-setup.js';
import {sanitizeText} from '../shared/sanitize.js';
import {ConfigError, describeError} from '../shared/errors.js';
import {PartialCreateError, type SetupServices} from '../contract/setup.js';
import type {SetupRequest} from './setup-args.js';
import {ask} from './ask.js';

export type SetupInput = {
  services: SetupServices;
  request: SetupRequest;
  confirm?: string; // --confirm NAME, as Heroku's CLI takes it
  yes: boolean;
  json: boolean;
  interactive: boolean; // a person at a terminal can confirm
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
};

type Done = {text: string; document: Record<string, unknown>};

// The change a request makes, once what it touches is known (a move needs the current stage).
async function changeOf(input: SetupInput): Promise<SetupChange | null> {
  const {request, services} = input;
  switch (request.kind) {
    case 'create':
      return request.app ? {kind: 'add', app: request.app.name, stage: request.app.stage} : null;
    case 'add':
      return {kind: 'add', app: request.app, stage: request.stage};
    case 'update': {
      const current = await services.couplingOf(request.app);
      if (!current || current.stage === 'test') return null;
      return {kind: 'move', app: request.app, from: current.stage, to: request.stage};
    }
    case 'remove': {
      const current = await services.couplingOf(request.app);
      if (!current || current.stage === 'test') return null;
      return {kind: 'remove', app: request.app, stage: current.stage};
    }
    case 'rename': {
      const stages = await services.stagesOf(request.pipeline);
      return {
        kind: 'rename',
        pipeline: request.pipeline,
        newName: request.newName,
        hasProduction: stages.includes('production'),
      };
    }
    case 'destroy':
      return {kind: 'destroy', pipeline: request.pipeline};
    default:
      return null;
  }
}

// Only what needs a typed name is asked for: production and destroy. Returns an exit code
// when the change must not go ahead, null when it may.
async function confirmGate(input: SetupInput): Promise<number | null> {
  const change = await changeOf(input);
  if (!change) return null;
  const confirmation: Confirmation = setupConfirmation(change);
  if (confirmation.kind !== 'type' || input.yes) return null;
  if (input.confirm !== undefined) {
    if (confirmationMatches(confirmation, input.confirm)) return null;
    throw new ConfigError(
      `--confirm ${sanitizeText(input.confirm)} does not match ${sanitizeText(confirmation.text)}: nothing was sent.`,
    );
  }
  if (!input.interactive) {
    input.stderr.write(
      `Refusing to ${change.kind} ${sanitizeText(confirmation.text)} without a terminal to confirm in: pass --confirm ${sanitizeText(confirmation.text)}.\n`,
    );
    return 2;
  }
  input.stderr.write(`${sanitizeText(describeSetupChange(change))}\n`);
  const typed = await ask(input, `Type ${sanitizeText(confirmation.text)} to go on: `);
  if (confirmationMatches(confirmation, typed)) return null;
  input.stderr.write('Cancelled: nothing was sent.\n');
  return 1;
}

async function perform(input: SetupInput): Promise<Done> {
  const {request, services} = input;
  const s = sanitizeText;
  switch (request.kind) {
    case 'create': {
      const {pipeline, coupling} = await services.createPipeline(request);
      const added = coupling ? ` with ${s(coupling.appName)} in ${coupling.stage}` : '';
      return {
        text: `Created pipeline ${s(pipeline.name)}${added}.`,
        document: {pipeline, coupling},
      };
    }
    case 'add': {
      const coupling = await services.addApp(request);
      return {
        text: `Added ${s(coupling.appName)} to ${s(coupling.pipelineName)} as ${coupling.stage}.`,
        document: {coupling},
      };
    }
    case 'update': {
      const {from, coupling} = await services.moveApp(request);
      return {
        text: `Moved ${s(coupling.appName)} from ${from} to ${coupling.stage} in ${s(coupling.pipelineName)}.`,
        document: {from, coupling},
      };
    }
    case 'remove': {
      const coupling = await services.removeApp(request);
      return {
        text: `Removed ${s(coupling.appName)} from ${s(coupling.pipelineName)}; the app is kept.`,
        document: {removed: coupling},
      };
    }
    case 'rename': {
      const pipeline = await services.renamePipeline({
        pipeline: request.pipeline,
        name: request.newName,
      });
      return {
        text: `Renamed pipeline ${s(request.pipeline)} to ${s(pipeline.name)}.`,
        document: {pipeline},
      };
    }
    case 'destroy': {
      const pipeline = await services.destroyPipeline(request);
      return {
        text: `Destroyed pipeline ${s(pipeline.name)}; its apps are kept.`,
        document: {destroyed: pipeline},
      };
    }
  }
}

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function runSetup(input: SetupInput): Promise<number> {
  const {request} = input;
  if (request.kind === 'add' && request.explicitStage) {
    const warning = setupNamingWarning(request.app, request.stage);
    if (warning) input.stderr.write(`warning: ${sanitizeText(warning)}\n`);
  }
  const refused = await confirmGate(input);
  if (refused !== null) return refused;
  try {
    const done = await perform(input);
    input.stdout.write(input.json ? jsonText(done.document) : `${done.text}\n`);
    return 0;
  } catch (error) {
    // What was created stays reported, on stdout for a script, so it is not created twice.
    if (error instanceof PartialCreateError && input.json) {
      input.stdout.write(
        jsonText({pipeline: error.created, coupling: null, error: describeError(error)}),
      );
    }
    throw error;
  }
}
