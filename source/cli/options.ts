import process from 'node:process';
import {parseArgs} from 'node:util';
import {ConfigError, describeError} from '../shared/errors.js';

// Every option the program takes; the usage text (commands/usage.ts) explains them.
const OPTIONS = {
  app: {type: 'string'},
  demo: {type: 'boolean'},
  json: {type: 'boolean'},
  all: {type: 'boolean'},
  yes: {type: 'boolean'},
  to: {type: 'string'},
  release: {type: 'string'},
  team: {type: 'string'},
  stage: {type: 'string'},
  confirm: {type: 'string'},
  follow: {type: 'string'},
  port: {type: 'string'},
  latency: {type: 'string'},
  refresh: {type: 'string'},
  'no-review': {type: 'boolean'},
  repo: {type: 'string'},
  tail: {type: 'boolean'},
  type: {type: 'string'},
  dyno: {type: 'string'},
  num: {type: 'string'},
  'no-notify': {type: 'boolean'},
  verify: {type: 'boolean'},
  'two-factor-code': {type: 'string'},
  'include-current': {type: 'boolean'},
  waves: {type: 'string'},
  sequential: {type: 'boolean'},
  force: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

export type Flags = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  try {
    return parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    const code = (error as {code?: string}).code;
    const option = /'(-[^' ]+)/.exec(describeError(error))?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new ConfigError(`Unknown option ${option}. See pipeline-tui --help.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      const takesNone = describeError(error).includes('does not take');
      throw new ConfigError(
        `${option} ${takesNone ? 'takes no value' : 'needs a value'}. See pipeline-tui --help.`,
      );
    }
    throw new ConfigError(`${describeError(error).replace(/\.$/, '')}. See pipeline-tui --help.`);
  }
}

export function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new ConfigError(`--${flag} takes a whole number, not "${value}".`);
  return Number(value);
}

/** `--to A, B` as the list of its names. */
export function targetList(to: string | undefined): string[] | undefined {
  return to
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Refuses a word left over after a mode's own. */
export function noExtraArguments(extra: string[]): void {
  if (extra.length > 0) {
    throw new ConfigError(`Unexpected argument "${extra[0]}". See pipeline-tui --help.`);
  }
}

const inCi = (env: NodeJS.ProcessEnv) =>
  ['CI', 'CONTINUOUS_INTEGRATION'].some(
    (name) => name in env && env[name] !== '0' && env[name] !== 'false',
  );

export function interactiveTerminal(env: NodeJS.ProcessEnv): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !inCi(env);
}
