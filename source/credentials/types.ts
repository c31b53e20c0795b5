// os-store: the Heroku CLI's login in the OS credential store (Secret Service, Keychain).
export type TokenSource = 'env' | 'os-store' | 'saved' | 'netrc';

export type ResolvedToken = {
  token: string;
  source: TokenSource;
  // Which OS credential store, when source is os-store.
  osStore?: 'secret-service' | 'keychain';
};

export type CredentialStore = {
  // The settings file, for messages and troubleshooting.
  readonly path: string;
  // When the file could not be read: where the bad file was moved; otherwise null.
  readonly recoveredFrom: string | null;
  // Why the settings are not used at all (a linked file, an unsafe folder, no home folder):
  // one sentence, printed at startup; absent or null when they are fine.
  readonly refusal?: string | null;
  getToken(apiHost: string): {token: string; email: string | null} | null;
  setToken(apiHost: string, token: string, email: string | null): void;
  // true when something was removed.
  deleteToken(apiHost: string): boolean;
  getGitHubToken(): string | null;
  setGitHubToken(token: string): void;
  // The last pipeline opened (its id), preselected by the picker.
  getLastPipeline(apiHost: string): string | null;
  // Its id when its name was this one: a launch by name can start loading it at once.
  getLastPipelineNamed(apiHost: string, name: string): string | null;
  setLastPipeline(apiHost: string, pipelineId: string, name?: string): void;
};
