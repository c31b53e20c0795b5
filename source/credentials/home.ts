import {userInfo} from 'node:os';
import path from 'node:path';

// The home folder of the environment handed in, always absolute. An empty or relative HOME
// would put the settings and ~/.netrc under whatever folder the program was started in (a
// repository could then supply a .netrc or receive a token), so the account's own home is
// used instead, and when there is none, null: the caller refuses.
export function homeDirectory(
  env: NodeJS.ProcessEnv,
  accountHome: () => string | null = homeOfAccount,
): string | null {
  const fromEnv = env.HOME?.trim();
  if (fromEnv && path.isAbsolute(fromEnv)) return fromEnv;
  const fromProfile = process.platform === 'win32' ? env.USERPROFILE?.trim() : undefined;
  if (fromProfile && path.isAbsolute(fromProfile)) return fromProfile;
  const other = accountHome();
  return other && path.isAbsolute(other) ? other : null;
}

// The home folder the system records for this account (the password database on Unix).
export function homeOfAccount(): string | null {
  try {
    return userInfo().homedir || null;
  } catch {
    return null;
  }
}

export const NO_HOME_MESSAGE =
  'HOME is empty or not an absolute path and no home folder is known for this account: set HOME, or PIPELINE_TUI_CONFIG_DIR, to an absolute path.';
