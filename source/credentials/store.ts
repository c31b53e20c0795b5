import {lstatSync, mkdirSync, renameSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {ConfigError} from '../shared/errors.js';
import {configDirectory, PROJECT_NAME} from './config-dir.js';
import {refusedStore, unavailableStore} from './empty-store.js';
import {tighten, unsafeFile, unsafeFolder} from './store-safety.js';
import type {CredentialStore} from './types.js';

// Entries are checked field by field when read: the file is JSON a person may have edited.
type HostEntry = {
  token?: unknown;
  email?: unknown;
  lastPipeline?: unknown;
  lastPipelineName?: unknown;
};
type Settings = {hosts?: Record<string, HostEntry>; github?: {token?: unknown}};

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

export function openCredentialStore(options: {env: NodeJS.ProcessEnv}): CredentialStore {
  let where: {dir: string; chosen: boolean};
  try {
    where = configDirectory(options.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return refusedStore('config.json', error.message);
  }
  const {dir, chosen} = where;
  const file = path.join(dir, 'config.json');
  try {
    const created = mkdirSync(dir, {recursive: true, mode: FOLDER_MODE});
    // A folder named in PIPELINE_TUI_CONFIG_DIR may be shared with other things: only
    // the default one, which is ours alone, is tightened when it already exists.
    if (created === undefined && !chosen) tighten(dir, FOLDER_MODE, 'folder');
  } catch (error) {
    return unavailableStore(file, errorCode(error));
  }
  const unsafe = unsafeFolder(dir) ?? unsafeFile(file);
  if (unsafe) return refusedStore(file, unsafe);
  // A file copied in or written by an older version may be readable by others.
  tighten(file, FILE_MODE, 'file');

  let opened = tryConf(dir);
  let recoveredFrom: string | null = null;
  if ('error' in opened) {
    if (!exists(file)) return unavailableStore(file, errorCode(opened.error));
    recoveredFrom = moveAside(file);
    if (!recoveredFrom) return unavailableStore(file, errorCode(opened.error));
    opened = tryConf(dir);
    if ('error' in opened) return unavailableStore(file, errorCode(opened.error));
  }
  return confStore(opened.conf, recoveredFrom);
}

// One sentence for the CLI to print when the settings file had to be set aside.
// Also the sentence saying why the settings were refused (a link, an unsafe folder, no home).
export function recoveryNotice(store: {
  path: string;
  recoveredFrom: string | null;
  refusal?: string | null;
}): string | null {
  if (store.refusal) return store.refusal;
  if (!store.recoveredFrom) return null;
  return `The settings file ${store.path} could not be read, so it was moved to ${store.recoveredFrom} and a fresh one was started.`;
}

function tryConf(dir: string): {conf: Conf<Settings>} | {error: unknown} {
  try {
    const conf = new Conf<Settings>({
      projectName: PROJECT_NAME,
      cwd: dir,
      configName: 'config',
      configFileMode: FILE_MODE,
      // Host keys such as api.heroku.com contain dots.
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      deserialize: parseSettings,
    });
    return {conf};
  } catch (error) {
    return {error};
  }
}

function parseSettings(text: string): Settings {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new SyntaxError('The settings file does not hold an object.');
  return value as Settings;
}

function confStore(conf: Conf<Settings>, recoveredFrom: string | null): CredentialStore {
  const read = (): Settings => {
    try {
      return conf.store;
    } catch {
      // Damaged while running (another process, an editor): nothing usable in it.
      return {};
    }
  };
  const write = (update: (settings: Settings) => void): void => {
    try {
      const settings = conf.store;
      update(settings);
      conf.store = settings;
    } catch (error) {
      throw savingError(conf.path, error);
    }
  };
  const hostEntry = (settings: Settings, apiHost: string): HostEntry | null => {
    const hosts = settings.hosts;
    if (!isRecord(hosts)) return null;
    const entry = hosts[hostKey(apiHost)];
    return isRecord(entry) ? entry : null;
  };
  const updateHost = (apiHost: string, change: (entry: HostEntry) => void) =>
    write((settings) => {
      const hosts = isRecord(settings.hosts) ? settings.hosts : {};
      const current = hosts[hostKey(apiHost)];
      const entry: HostEntry = isRecord(current) ? {...current} : {};
      change(entry);
      hosts[hostKey(apiHost)] = entry;
      settings.hosts = hosts;
    });

  return {
    path: conf.path,
    recoveredFrom,
    getToken(apiHost) {
      const entry = hostEntry(read(), apiHost);
      const token = nonEmptyString(entry?.token);
      if (!token) return null;
      return {token, email: nonEmptyString(entry?.email)};
    },
    setToken(apiHost, token, email) {
      updateHost(apiHost, (entry) => {
        entry.token = token;
        entry.email = email;
      });
    },
    deleteToken(apiHost) {
      if (!nonEmptyString(hostEntry(read(), apiHost)?.token)) return false;
      updateHost(apiHost, (entry) => {
        delete entry.token;
        delete entry.email;
      });
      return true;
    },
    getGitHubToken() {
      const github = read().github;
      return isRecord(github) ? nonEmptyString(github.token) : null;
    },
    setGitHubToken(token) {
      write((settings) => {
        settings.github = {token};
      });
    },
    getLastPipeline(apiHost) {
      return nonEmptyString(hostEntry(read(), apiHost)?.lastPipeline);
    },
    getLastPipelineNamed(apiHost, name) {
      const entry = hostEntry(read(), apiHost);
      return entry?.lastPipelineName === name ? nonEmptyString(entry.lastPipeline) : null;
    },
    setLastPipeline(apiHost, pipelineId, name) {
      // A convenience for the next launch: failing to remember it must not stop the board.
      try {
        updateHost(apiHost, (entry) => {
          entry.lastPipeline = pipelineId;
          if (name) entry.lastPipelineName = name;
          else delete entry.lastPipelineName;
        });
      } catch {
        return;
      }
    },
  };
}

// The bad file is kept (it may hold a token the person wants back), under a name that
// says what happened, and readable by its owner only.
function moveAside(file: string): string | null {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  try {
    renameSync(file, target);
  } catch {
    return null;
  }
  tighten(target, FILE_MODE, 'file');
  return target;
}

// Parse errors quote the file's text, which may contain a token: only the code is kept.
function savingError(file: string, error: unknown): ConfigError {
  const reason = error instanceof SyntaxError ? 'it is not valid JSON' : errorCode(error);
  return new ConfigError(`Could not save settings to ${file} (${reason}).`);
}

function exists(target: string): boolean {
  try {
    lstatSync(target);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  if (error instanceof SyntaxError) return 'not valid JSON';
  const code = isRecord(error) ? error.code : undefined;
  return typeof code === 'string' ? code : 'unknown error';
}

function hostKey(apiHost: string): string {
  return apiHost.trim().toLowerCase();
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
