import path from 'node:path';
import {ConfigError} from '../shared/errors.js';
import {homeDirectory, homeOfAccount, NO_HOME_MESSAGE} from './home.js';

export const PROJECT_NAME = 'pipeline-tui';

// Decided here rather than by conf (env-paths reads process.env), so that the environment
// handed in, a test's temporary one included, is the only one that counts. Throws a
// ConfigError when no absolute home folder can be found.
export function configDirectory(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  accountHome: () => string | null = homeOfAccount,
): {dir: string; chosen: boolean} {
  const chosen = env.PIPELINE_TUI_CONFIG_DIR?.trim();
  if (chosen) return {dir: path.resolve(chosen), chosen: true};
  const home = homeDirectory(env, accountHome);
  if (!home) throw new ConfigError(NO_HOME_MESSAGE);
  if (platform === 'darwin') {
    return {dir: path.join(home, 'Library', 'Preferences', PROJECT_NAME), chosen: false};
  }
  if (platform === 'win32') {
    const appData = env.APPDATA;
    const base =
      appData && path.isAbsolute(appData) ? appData : path.join(home, 'AppData', 'Roaming');
    return {dir: path.join(base, PROJECT_NAME, 'Config'), chosen: false};
  }
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
  return {dir: path.join(base, PROJECT_NAME), chosen: false};
}
