import {UnauthorizedError} from '../heroku/errors.js';
import type {TokenSource} from '../credentials/index.js';

// Heroku's own 401 message does not say which token it rejected, nor what to do about it.
export function explainRejectedToken(error: unknown, source: TokenSource | undefined): unknown {
  if (!(error instanceof UnauthorizedError) || !source) return error;
  const advice: Record<TokenSource, string> = {
    env: 'the token in HEROKU_API_KEY: set a valid one (`heroku auth:token` prints yours)',
    'os-store': "the Heroku CLI's login in the OS credential store: run `heroku login` again",
    saved: 'the saved token: run `pipeline-tui login` again',
    netrc: 'the token in ~/.netrc: run `heroku login` or `pipeline-tui login`',
  };
  return new UnauthorizedError(`Heroku rejected ${advice[source]}.`, {
    status: error.status,
    id: error.id,
    requestId: error.requestId,
  });
}
