import {sanitizeText} from '../shared/sanitize.js';
import {
  ApiError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TwoFactorRequiredError,
  UnauthorizedError,
  type ErrorDetails,
} from './errors.js';

// Turns what Heroku (or the network) said into the typed errors of errors.ts, worded as
// one sentence for a person. Nothing here may echo the token or a full URL.

const MAX_MESSAGE_LENGTH = 300;

export type RequestContext = {method: string; path: string; host: string};

type HerokuErrorBody = {id: string | null; message: string | null};

function readErrorBody(body: unknown): HerokuErrorBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {id: null, message: null};
  }
  const record = body as Record<string, unknown>;
  return {
    id: typeof record.id === 'string' ? record.id : null,
    message: typeof record.message === 'string' ? record.message : null,
  };
}

// Heroku's messages are sometimes several lines, lack a full stop, or carry control
// sequences; people see one tidy sentence, safe to draw.
function asSentence(text: string): string {
  // A line that ends without a stop before a capital gets one: Heroku's 429 reads
  // "…reached the API rate limit\nPlease wait…", two sentences.
  const lines = text
    .split(/\r?\n/)
    .map((line) => sanitizeText(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  let sentence = lines
    .map((line, i) =>
      /^\p{Lu}/u.test(lines[i + 1] ?? '') && !/[.!?:;,…]$/.test(line) ? `${line}.` : line,
    )
    .join(' ');
  if (sentence.length > MAX_MESSAGE_LENGTH) {
    sentence = `${sentence.slice(0, MAX_MESSAGE_LENGTH - 1).trimEnd()}…`;
  }
  if (sentence === '') return sentence;
  sentence = sentence[0]!.toUpperCase() + sentence.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

function fallbackMessage(status: number, context: RequestContext): string {
  const what = `${context.method} ${context.path}`;
  if (status === 401)
    return 'Heroku did not accept the token: log in again or check HEROKU_API_KEY.';
  if (status === 403) return `Heroku refused ${what}: this account lacks access.`;
  if (status === 404) return `Heroku found nothing at ${what}.`;
  if (status === 429) return 'The Heroku API rate limit is used up; it refills within a minute.';
  if (status >= 500) return `Heroku had a server error (${status}) on ${what}.`;
  return `Heroku answered ${status} to ${what}.`;
}

export function httpError(
  status: number,
  body: unknown,
  requestId: string | null,
  context: RequestContext,
  secret: string,
): ApiError {
  const parsed = readErrorBody(body);
  // Redacted before and after scrubbing: removing a control sequence could join a token's pieces.
  const text = parsed.message ? redact(asSentence(redact(parsed.message, secret)), secret) : '';
  const message = text || fallbackMessage(status, context);
  const details: ErrorDetails = {
    status,
    id: parsed.id,
    requestId,
    method: context.method,
    path: context.path,
  };
  if (status === 401) return new UnauthorizedError(message, details);
  if (status === 403 && parsed.id === 'two_factor')
    return new TwoFactorRequiredError(message, details);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 429) return new RateLimitError(message, details);
  return new ApiError(message, details);
}

export function malformedError(
  reason: string,
  status: number,
  requestId: string | null,
  context: RequestContext,
): MalformedResponseError {
  return new MalformedResponseError(
    `Heroku answered ${context.method} ${context.path} with ${reason}.`,
    {status, id: null, requestId, method: context.method, path: context.path},
  );
}

// got's own messages can hold the full URL, so only the error code is used.
export function networkError(error: unknown, context: RequestContext): NetworkError {
  const code = (error as {code?: unknown} | null)?.code;
  return new NetworkError(`Could not reach ${context.host}: ${networkWords(code)}.`, {
    status: null,
    id: typeof code === 'string' ? code : null,
    requestId: null,
    method: context.method,
    path: context.path,
  });
}

// What went wrong with a connection, from the error's code alone: the messages of got and
// Node can hold the full URL. ERR_GOT_REQUEST_ERROR is got's code for a failure Node gave
// none to, such as a hang-up.
export function networkWords(code: unknown): string {
  switch (code) {
    case 'ETIMEDOUT':
      return 'the request timed out';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_GOT_REQUEST_ERROR':
      return 'the connection was reset';
    case 'ERR_CANCELED':
    case 'ABORT_ERR':
      return 'the request was cancelled';
    default:
      return typeof code === 'string' ? `the connection failed (${code})` : 'the connection failed';
  }
}

function redact(text: string, secret: string): string {
  return secret.length >= 4 ? text.split(secret).join('[redacted]') : text;
}
