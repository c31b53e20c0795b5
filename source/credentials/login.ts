import {sanitizeText} from '../shared/sanitize.js';
import {UnauthorizedError} from '../heroku/errors.js';
import {ConfigError, describeError} from '../shared/errors.js';
import {redactToken} from './resolve.js';
import type {CredentialStore} from './types.js';

export type FetchAccount = (token: string) => Promise<{email: string}>;

export type LoginOutcome =
  {ok: true; email: string; token: string} | {ok: false; message: string; exitCode: 1 | 2};

// Heroku tokens are one printable ASCII word; anything else cannot go into a header and is
// more likely a pasted sentence than a token.
const TOKEN_SHAPE = /^[\x21-\x7e]{1,1024}$/;

export const REJECTED_TOKEN_MESSAGE =
  'Heroku rejected that token: check that you copied all of it.';

// Shared by `pipeline-tui login` and the login screen: checks the token with Heroku
// (GET /account) and saves it for this API host only when Heroku accepts it.
export async function checkAndSaveToken(input: {
  token: string;
  apiHost: string;
  store: CredentialStore;
  fetchAccount: FetchAccount;
}): Promise<LoginOutcome> {
  const token = input.token.trim();
  if (token === '') return {ok: false, message: 'No token was given.', exitCode: 2};
  if (!TOKEN_SHAPE.test(token)) {
    return {
      ok: false,
      message: 'That does not look like a Heroku API token (one word, no spaces).',
      exitCode: 2,
    };
  }
  let email: string;
  try {
    const account = await input.fetchAccount(token);
    email = sanitizeText(account.email).trim();
  } catch (error) {
    return {ok: false, ...tokenFailure(error, token)};
  }
  try {
    input.store.setToken(input.apiHost, token, email || null);
  } catch (error) {
    return {ok: false, ...tokenFailure(error, token)};
  }
  return {ok: true, email, token};
}

// The `validate` a LoginScreen needs, for callers that only save the token.
export function createLoginValidator(input: {
  apiHost: string;
  store: CredentialStore;
  fetchAccount: FetchAccount;
}): (token: string) => Promise<{ok: true; email: string} | {ok: false; message: string}> {
  return async (token) => {
    const outcome = await checkAndSaveToken({...input, token});
    return outcome.ok ? {ok: true, email: outcome.email} : {ok: false, message: outcome.message};
  };
}

// One sentence for a person, scrubbed of control sequences and of the token itself.
export function tokenFailure(error: unknown, token: string): {message: string; exitCode: 1 | 2} {
  if (error instanceof UnauthorizedError) return {message: REJECTED_TOKEN_MESSAGE, exitCode: 1};
  const exitCode = error instanceof ConfigError ? 2 : 1;
  // Redacted before and after scrubbing: removing a control sequence could join the pieces
  // of a token, and one sitting next to an escape could lose its first character.
  const text = redactToken(sanitizeText(redactToken(describeError(error), token)), token).trim();
  return {message: text || 'The token could not be checked.', exitCode};
}
