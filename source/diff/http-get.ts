import got, {type PlainResponse} from 'got';
import {networkWords} from '../heroku/http-errors.js';

// A JSON GET for kolkrabbi and GitHub. Both are read-only, so one quick retry on a broken
// connection is safe; statuses are returned, never thrown, so callers can word each case.
export type GetResult =
  | {
      ok: true;
      status: number;
      headers: Record<string, string | string[] | undefined>;
      body: unknown;
    }
  | {ok: false; network: string};

export type GetOptions = {
  headers: Record<string, string>;
  timeoutMs: number;
  userAgent: string;
};

// A redirect is followed only within the origin the request went to: the credentials in
// the headers belong to that host and must never reach another one.
function sameOriginRedirect(response: PlainResponse): boolean {
  const location = response.headers.location;
  if (!location) return false;
  try {
    return new URL(location, response.url).origin === new URL(response.url).origin;
  } catch {
    return false;
  }
}

export async function getJson(url: URL, options: GetOptions): Promise<GetResult> {
  try {
    const response = await got(url, {
      method: 'GET',
      headers: {...options.headers, 'user-agent': options.userAgent},
      throwHttpErrors: false,
      followRedirect: sameOriginRedirect,
      maxRedirects: 3,
      timeout: {request: options.timeoutMs},
      retry: {limit: 1, methods: ['GET'], statusCodes: [], calculateDelay: quickRetry},
      responseType: 'text',
    });
    return {
      ok: true,
      status: response.statusCode,
      headers: response.headers,
      body: parseJson(response.body),
    };
  } catch (error) {
    return {ok: false, network: networkWords((error as {code?: unknown} | null)?.code)};
  }
}

function quickRetry({attemptCount, computedValue}: {attemptCount: number; computedValue: number}) {
  return computedValue === 0 || attemptCount > 1 ? 0 : 200;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | null {
  const value = headers[name.toLowerCase()];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}
