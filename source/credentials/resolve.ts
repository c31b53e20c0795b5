import {homeDirectory} from './home.js';
import {defaultNetrcPath, readNetrcToken} from './netrc.js';
import {HEROKU_CLI_SERVICE, readOsStoreToken, type OsStoreKind} from './os-store.js';
import type {CredentialStore, ResolvedToken, TokenSource} from './types.js';

// The official CLI 11's order: the environment wins, so a CI job's key is never overridden
// by whatever happens to be saved on the machine; then the CLI's login in the OS credential
// store, pipeline-tui's own saved token, and ~/.netrc last as the CLI's old store.
export function resolveToken(input: {
  env: NodeJS.ProcessEnv;
  store: CredentialStore;
  apiHost: string;
  netrcPath?: string;
  platform?: NodeJS.Platform;
}): ResolvedToken | null {
  const fromEnv = input.env.HEROKU_API_KEY?.trim();
  if (fromEnv) return {token: fromEnv, source: 'env'};
  const netrcPath = netrcPathFor(input);
  const netrc = readNetrcToken(input.apiHost, {netrcPath});
  // The CLI keys its OS store entry by email, which ~/.netrc names as `login` for this host.
  const osStore = readOsStoreToken({
    env: input.env,
    account: netrc?.login,
    platform: input.platform,
  });
  if (osStore) return {token: osStore.token, source: 'os-store', osStore: osStore.kind};
  const saved = input.store.getToken(input.apiHost);
  if (saved) return {token: saved.token, source: 'saved'};
  if (netrc) return {token: netrc.token, source: 'netrc'};
  return null;
}

export function resolveGitHubToken(env: NodeJS.ProcessEnv, store: CredentialStore): string | null {
  const fromEnv = env.GITHUB_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  return store.getGitHubToken();
}

// The HOME of the environment handed in, so tests and callers never reach the real one.
// null when that environment has no absolute home folder (HOME empty or relative, and none
// known for the account).
export function netrcPathFor(input: {
  env: NodeJS.ProcessEnv;
  netrcPath?: string;
  accountHome?: () => string | null;
}): string | null {
  if (input.netrcPath !== undefined) return input.netrcPath;
  const home = homeDirectory(input.env, input.accountHome);
  return home ? defaultNetrcPath(home) : null;
}

// The host a token belongs to, as the store and ~/.netrc key it.
export function apiHostOf(apiUrl: URL): string {
  return apiUrl.host.toLowerCase();
}

const MASK = '••••••••';
// Below this length the last four characters would give away too much of the token.
const SHORTEST_WITH_TAIL = 12;

// A fixed number of dots, so the mask does not reveal the token's length either.
export function maskToken(token: string): string {
  const chars = Array.from(token.trim());
  if (chars.length < SHORTEST_WITH_TAIL) return MASK;
  return MASK + chars.slice(-4).join('');
}

// Defence in depth for messages built from errors: whatever produced them, the token
// never reaches a terminal, a log or a pipe.
export function redactToken(text: string, token: string): string {
  const secret = token.trim();
  if (secret.length < 4) return text;
  return text.split(secret).join(maskToken(secret));
}

export function describeTokenSource(
  source: TokenSource,
  where: {storePath: string; netrcPath: string | null; osStore?: OsStoreKind},
): string {
  if (source === 'env') return 'HEROKU_API_KEY';
  if (source === 'os-store') {
    const store = where.osStore === 'keychain' ? 'the macOS Keychain' : 'the Secret Service';
    return `the Heroku CLI's login in ${store} (service ${HEROKU_CLI_SERVICE})`;
  }
  if (source === 'saved') return `the saved credentials (${where.storePath})`;
  return where.netrcPath ?? '~/.netrc';
}
