import path from 'node:path';
import {ConfigError} from '../shared/errors.js';
import type {CredentialStore} from './types.js';

// Nothing can be read or written (no home folder, read-only disk): a token from the
// environment or ~/.netrc still works, and saving says why it cannot.
export function unavailableStore(file: string, code: string): CredentialStore {
  return emptyStore(
    file,
    `Settings cannot be saved in ${path.dirname(file)} (${code}): set PIPELINE_TUI_CONFIG_DIR to a folder you can write to.`,
    null,
  );
}

// Unsafe settings: nothing in them is read (a planted token is never used), nothing is
// written, and the sentence is told at startup and on every save.
export function refusedStore(file: string, sentence: string): CredentialStore {
  return emptyStore(file, sentence, sentence);
}

function emptyStore(file: string, sentence: string, refusal: string | null): CredentialStore {
  const refuse = (): never => {
    throw new ConfigError(sentence);
  };
  return {
    path: file,
    recoveredFrom: null,
    refusal,
    getToken: () => null,
    setToken: refuse,
    deleteToken: () => false,
    getGitHubToken: () => null,
    setGitHubToken: refuse,
    getLastPipeline: () => null,
    getLastPipelineNamed: () => null,
    setLastPipeline: () => undefined,
  };
}
