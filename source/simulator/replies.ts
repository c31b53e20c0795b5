import type {IncomingHttpHeaders, ServerResponse} from 'node:http';
import {paginate, parseRange} from './ranges.js';
import type {SimState} from './state.js';

// What a route hands back, and the shared ways of making one (Heroku errors, ranged lists).

export type Reply = {
  status: number;
  body?: unknown;
  text?: string; // plain-text body (release output streams)
  headers?: Record<string, string>;
  // A streamed body (log streams): gets the response once the head is written.
  stream?: (res: ServerResponse) => void;
};

export type Zone = 'heroku' | 'kolkrabbi' | 'github' | 'gitlab' | 'stream';

export type RouteContext = {
  method: string;
  path: string; // without query
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  state: SimState;
  baseUrl: string;
  pageSize: number;
  // Runs fn after ms unless the simulator closes first.
  schedule(fn: () => void, ms: number): void;
  promotionStepMs: number;
  twoFactorCode: string | null;
  githubToken: string;
};

export type Route = {
  method: string;
  pattern: RegExp;
  zone: Zone;
  handle(ctx: RouteContext, params: string[]): Reply;
};

export function json(body: unknown, status = 200): Reply {
  return {status, body};
}

const errorIds: Record<number, [string, string]> = {
  400: ['bad_request', 'Invalid request.'],
  401: ['unauthorized', 'Invalid credentials provided.'],
  402: ['delinquent', 'This account is delinquent. Please update your payment information.'],
  403: ['forbidden', 'You do not have access to this resource.'],
  404: ['not_found', 'Not found.'],
  406: [
    'not_acceptable',
    'Please specify a version along with Heroku\u2019s API MIME type. For example, `Accept: application/vnd.heroku+json; version=3`.',
  ],
  409: ['conflict', 'The request conflicts with the current state.'],
  416: ['requested_range_not_satisfiable', 'Requested range not satisfiable.'],
  422: ['invalid_params', 'Invalid parameters.'],
  429: [
    'rate_limit',
    // Heroku's own words, on two lines without a stop between them.
    'Your account reached the API rate limit\nPlease wait a few minutes before making new requests',
  ],
  500: ['internal_server_error', 'Internal server error.'],
  502: ['bad_gateway', 'Bad gateway.'],
  503: ['service_unavailable', 'The service is temporarily unavailable. Please try again.'],
};

export function herokuError(status: number, id?: string, message?: string): Reply {
  const [defaultId, defaultMessage] = errorIds[status] ?? ['error', `Request failed (${status}).`];
  return {
    status,
    body: {
      id: id ?? defaultId,
      message: message ?? defaultMessage,
      url: 'https://devcenter.heroku.com/articles/platform-api-reference',
    },
  };
}

export function githubError(status: number, message?: string): Reply {
  const defaults: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    422: 'Validation Failed',
  };
  return {
    status,
    body: {
      message: message ?? defaults[status] ?? 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    },
  };
}

const GITLAB_WORDS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function gitlabWords(status: number): string {
  return `${status} ${GITLAB_WORDS[status] ?? 'Error'}`;
}

export function errorFor(zone: Zone, status: number, id?: string, message?: string): Reply {
  // GitLab words every error as {"message": "404 Not Found"}.
  if (zone === 'gitlab') return {status, body: {message: message ?? gitlabWords(status)}};
  return zone === 'github' ? githubError(status, message) : herokuError(status, id, message);
}

export function notFound(thing: string): Reply {
  return herokuError(404, 'not_found', `Couldn't find that ${thing}.`);
}

// A ranged list answer: 200 when complete, 206 with Next-Range when truncated, 416 on a bad range.
export function listReply<T extends Record<string, unknown>>(
  ctx: RouteContext,
  items: T[],
  fields: string[],
  defaultField = fields[0] ?? 'id',
): Reply {
  const header = ctx.headers.range;
  const range = parseRange(typeof header === 'string' ? header : undefined, defaultField);
  if (!range || !fields.includes(range.field)) return herokuError(416);
  const page = paginate(
    items,
    range,
    (item) => {
      const value = item[range.field];
      return typeof value === 'number' ? value : String(value);
    },
    ctx.pageSize,
  );
  const headers: Record<string, string> = {
    'Accept-Ranges': fields.join(', '),
    'Content-Range': page.contentRange,
  };
  if (page.nextRange) headers['Next-Range'] = page.nextRange;
  return {status: page.nextRange ? 206 : 200, body: page.items, headers};
}
