import {sanitizeText} from '../shared/sanitize.js';
import {UnauthorizedError} from '../heroku/errors.js';
import {cleanRequestId} from '../heroku/request-id.js';
import {
  apiHostOf,
  checkAndSaveToken,
  describeTokenSource,
  hostnameOf,
  maskToken,
  netrcPathFor,
  readNetrcToken,
  resolveToken,
  tokenFailure,
  type CredentialStore,
  type TokenSource,
} from '../credentials/index.js';

export type AuthDeps = {
  env: NodeJS.ProcessEnv;
  store: CredentialStore;
  apiUrl: URL;
  stdin: NodeJS.ReadableStream & {isTTY?: boolean};
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  fetchAccount: (token: string) => Promise<{email: string}>;
  // The interactive login screen, rendered by the CLI; resolves to the exit code.
  renderLogin?: () => Promise<number>;
};

// Far more than any token: a bigger input is a mistake (a file, a log) and is not sent on.
const MAX_STDIN_CHARS = 64 * 1024;
const PIPE_HINT = 'pipe one in, e.g. `heroku auth:token | pipeline-tui login`';

export async function runLogin(deps: AuthDeps): Promise<number> {
  if (deps.stdin.isTTY) {
    if (deps.renderLogin) return deps.renderLogin();
    line(deps.stderr, `Interactive login is not available here: ${PIPE_HINT}.`);
    return 2;
  }
  const input = await readLimited(deps.stdin, MAX_STDIN_CHARS);
  if (input === null) {
    line(deps.stderr, 'Standard input is too long to be a token.');
    return 2;
  }
  const token = input
    .split(/\r?\n/)
    .map((row) => row.trim())
    .find((row) => row !== '');
  if (!token) {
    line(deps.stderr, `No token on standard input: ${PIPE_HINT}.`);
    return 2;
  }
  const outcome = await checkAndSaveToken({
    token,
    apiHost: apiHostOf(deps.apiUrl),
    store: deps.store,
    fetchAccount: deps.fetchAccount,
  });
  if (!outcome.ok) {
    line(deps.stderr, outcome.message);
    return outcome.exitCode;
  }
  line(deps.stdout, `Logged in as ${outcome.email}.`);
  if (deps.env.HEROKU_API_KEY?.trim()) {
    line(
      deps.stderr,
      'HEROKU_API_KEY is set and is used instead of the saved token until it is unset.',
    );
  }
  return 0;
}

export async function runLogout(deps: AuthDeps): Promise<number> {
  const apiHost = apiHostOf(deps.apiUrl);
  let removed: boolean;
  try {
    removed = deps.store.deleteToken(apiHost);
  } catch (error) {
    const {message, exitCode} = tokenFailure(error, '');
    line(deps.stderr, message);
    return exitCode;
  }
  line(
    deps.stdout,
    removed
      ? `Logged out of ${apiHost}: the saved token was removed.`
      : `No token was saved for ${apiHost}.`,
  );
  if (deps.env.HEROKU_API_KEY?.trim()) {
    line(
      deps.stdout,
      'HEROKU_API_KEY is still set in this environment and is used until it is unset.',
    );
  }
  const netrcPath = netrcPathFor({env: deps.env});
  if (readNetrcToken(apiHost, {netrcPath})) {
    line(
      deps.stdout,
      `${netrcPath} still holds a token for ${hostnameOf(apiHost)}; it belongs to the Heroku CLI and was left untouched (\`heroku logout\` removes it).`,
    );
  }
  return 0;
}

export async function runWhoami(deps: AuthDeps): Promise<number> {
  const apiHost = apiHostOf(deps.apiUrl);
  const resolved = resolveToken({env: deps.env, store: deps.store, apiHost});
  if (!resolved) {
    line(
      deps.stderr,
      `Not logged in to ${apiHost}: run \`pipeline-tui login\`, or set HEROKU_API_KEY.`,
    );
    return 2;
  }
  const from = describeTokenSource(resolved.source, {
    osStore: resolved.osStore,
    storePath: deps.store.path,
    netrcPath: netrcPathFor({env: deps.env}),
  });
  let email: string;
  try {
    email = sanitizeText((await deps.fetchAccount(resolved.token)).email).trim();
  } catch (error) {
    if (error instanceof UnauthorizedError) {
      const id = cleanRequestId(error.requestId, resolved.token);
      const requestId = id ? ` (Request-Id ${id})` : '';
      line(
        deps.stderr,
        `Heroku rejected the token from ${from}${requestId}: ${REPLACE_HINT[resolved.source]}`,
      );
      return 1;
    }
    const {message, exitCode} = tokenFailure(error, resolved.token);
    line(deps.stderr, message);
    return exitCode;
  }
  line(deps.stdout, email);
  line(deps.stdout, `Token ${maskToken(resolved.token)} from ${from}, for ${apiHost}.`);
  return 0;
}

const REPLACE_HINT: Record<TokenSource, string> = {
  env: 'set a valid token in HEROKU_API_KEY, or unset it.',
  'os-store': 'run `heroku login` for a new one, or `heroku logout` to remove it.',
  saved: 'run `pipeline-tui login` to replace it.',
  netrc: 'run `heroku login` or `pipeline-tui login` for a new one.',
};

function line(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text}\n`);
}

// The whole of stdin, or null once it grows past `limit` (reading then stops).
async function readLimited(stream: NodeJS.ReadableStream, limit: number): Promise<string | null> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true});
    if (text.length > limit) return null;
  }
  return text + decoder.decode();
}
