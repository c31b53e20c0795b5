import {pipelineNameProblem, suggestedStage} from '../board/pipeline-setup.js';
import {sanitizeText} from '../shared/sanitize.js';
import {isBoardStage} from '../board/stages.js';
import type {Stage} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';

// The setup commands' words, checked before anything is sent: a mistake here is exit 2.

export const SETUP_COMMANDS = [
  'pipelines:create',
  'pipelines:add',
  'pipelines:update',
  'pipelines:remove',
  'pipelines:rename',
  'pipelines:destroy',
] as const;
export type SetupCommand = (typeof SETUP_COMMANDS)[number];

export function isSetupCommand(command: string | undefined): command is SetupCommand {
  return (SETUP_COMMANDS as readonly string[]).includes(command ?? '');
}

export type SetupFlags = {app?: string; stage?: string; team?: string};

export type SetupRequest =
  | {kind: 'create'; name: string; team?: string; app?: {name: string; stage: Stage}}
  | {kind: 'add'; pipeline: string; app: string; stage: Stage; explicitStage: boolean}
  | {kind: 'update'; app: string; stage: Stage}
  | {kind: 'remove'; app: string}
  | {kind: 'rename'; pipeline: string; newName: string}
  | {kind: 'destroy'; pipeline: string};

export const SETUP_USAGE: Record<SetupCommand, string> = {
  'pipelines:create':
    'pipeline-tui pipelines:create NAME [--team T] [--app A --stage S [--confirm A]] [--json]',
  'pipelines:add': 'pipeline-tui pipelines:add PIPELINE --app A [--stage S] [--confirm A] [--json]',
  'pipelines:update': 'pipeline-tui pipelines:update --app A --stage S [--confirm A] [--json]',
  'pipelines:remove': 'pipeline-tui pipelines:remove --app A [--confirm A] [--json]',
  'pipelines:rename':
    'pipeline-tui pipelines:rename PIPELINE NEWNAME [--confirm PIPELINE] [--json]',
  'pipelines:destroy': 'pipeline-tui pipelines:destroy PIPELINE --confirm PIPELINE [--json]',
};

function stageFlag(value: string): Stage {
  if (!isBoardStage(value)) {
    throw new ConfigError(
      `--stage takes review, development, staging or production, not "${sanitizeText(value)}".`,
    );
  }
  return value;
}

function checkedName(name: string): string {
  const problem = pipelineNameProblem(name);
  if (problem)
    throw new ConfigError(`"${sanitizeText(name)}" cannot be a pipeline name: ${problem}`);
  return name;
}

function stageFor(app: string, stage: string | undefined): Stage {
  if (stage !== undefined) return stageFlag(stage);
  const suggested = suggestedStage(app);
  if (!suggested) {
    throw new ConfigError(
      `${sanitizeText(app)}'s name does not say its stage (-dev, -staging, -prod): pass --stage.`,
    );
  }
  return suggested;
}

export function parseSetup(
  command: SetupCommand,
  positionals: string[],
  flags: SetupFlags,
): SetupRequest {
  const usage = SETUP_USAGE[command];
  const wanted = {
    'pipelines:create': 1,
    'pipelines:add': 1,
    'pipelines:update': 0,
    'pipelines:remove': 0,
    'pipelines:rename': 2,
    'pipelines:destroy': 1,
  }[command];
  if (positionals.length > wanted) {
    throw new ConfigError(
      `Unexpected argument "${sanitizeText(positionals[wanted]!)}". Usage: ${usage}.`,
    );
  }
  if (positionals.length < wanted) {
    const what = {
      'pipelines:create': 'a name',
      'pipelines:add': 'a pipeline',
      'pipelines:rename': 'a pipeline and its new name',
      'pipelines:destroy': 'a pipeline',
    }[command as string];
    throw new ConfigError(`${command} needs ${what ?? 'more'}: ${usage}.`);
  }
  const needApp = () => {
    if (!flags.app) throw new ConfigError(`${command} needs --app: ${usage}.`);
    return flags.app;
  };
  const [first, second] = positionals as [string, string];
  const takes: Record<SetupCommand, Array<keyof SetupFlags>> = {
    'pipelines:create': ['team', 'app', 'stage'],
    'pipelines:add': ['app', 'stage'],
    'pipelines:update': ['app', 'stage'],
    'pipelines:remove': ['app'],
    'pipelines:rename': [],
    'pipelines:destroy': [],
  };
  for (const flag of ['team', 'app', 'stage'] as const) {
    if (flags[flag] !== undefined && !takes[command].includes(flag)) {
      throw new ConfigError(`${command} takes no --${flag}. Usage: ${usage}.`);
    }
  }
  switch (command) {
    case 'pipelines:create': {
      if (flags.stage !== undefined && !flags.app) {
        throw new ConfigError(`--stage needs --app: ${usage}.`);
      }
      const app = flags.app
        ? {name: flags.app, stage: stageFor(flags.app, flags.stage)}
        : undefined;
      return {kind: 'create', name: checkedName(first), team: flags.team, app};
    }
    case 'pipelines:add': {
      const app = needApp();
      return {
        kind: 'add',
        pipeline: first,
        app,
        stage: stageFor(app, flags.stage),
        explicitStage: flags.stage !== undefined,
      };
    }
    case 'pipelines:update': {
      const app = needApp();
      if (flags.stage === undefined) throw new ConfigError(`${command} needs --stage: ${usage}.`);
      return {kind: 'update', app, stage: stageFlag(flags.stage)};
    }
    case 'pipelines:remove':
      return {kind: 'remove', app: needApp()};
    case 'pipelines:rename':
      return {kind: 'rename', pipeline: first, newName: checkedName(second)};
    case 'pipelines:destroy':
      return {kind: 'destroy', pipeline: first};
  }
}
