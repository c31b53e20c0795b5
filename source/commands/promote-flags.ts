import {ConfigError} from '../shared/errors.js';
import {TWO_FACTOR_ENV} from './promote-follow-run.js';
import type {PromoteInput} from './promote.js';

// The guard-rail flags of `promote`, read from the command line and the environment.

type GuardFlags = {
  'two-factor-code'?: string;
  'include-current'?: boolean;
  waves?: string;
  sequential?: boolean;
  force?: boolean;
};

export function promoteGuardFlags(
  flags: GuardFlags,
  env: NodeJS.ProcessEnv,
): Pick<PromoteInput, 'twoFactorCode' | 'includeCurrent' | 'waves' | 'sequential' | 'force'> {
  const code = (flags['two-factor-code'] ?? env[TWO_FACTOR_ENV])?.trim() || undefined;
  // Never echoed: a code is a secret for the seconds it is valid.
  if (code !== undefined && !/^[0-9A-Za-z-]{4,64}$/.test(code)) {
    throw new ConfigError(
      `--two-factor-code (or ${TWO_FACTOR_ENV}) takes the code your authenticator shows: 4 to 64 letters or digits.`,
    );
  }
  return {
    twoFactorCode: code,
    includeCurrent: flags['include-current'] === true,
    waves: flags.waves?.split(','),
    sequential: flags.sequential === true,
    force: flags.force === true,
  };
}
