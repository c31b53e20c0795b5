export type {CredentialStore, ResolvedToken, TokenSource} from './types.js';
export {configDirectory} from './config-dir.js';
export {openCredentialStore, recoveryNotice} from './store.js';
export {
  defaultNetrcPath,
  hostnameOf,
  parseNetrc,
  readNetrcToken,
  type NetrcEntry,
} from './netrc.js';
export {
  apiHostOf,
  describeTokenSource,
  maskToken,
  netrcPathFor,
  redactToken,
  resolveGitHubToken,
  resolveToken,
} from './resolve.js';
export {
  checkAndSaveToken,
  createLoginValidator,
  REJECTED_TOKEN_MESSAGE,
  tokenFailure,
  type FetchAccount,
  type LoginOutcome,
} from './login.js';
