import got, {RequestError, type Got, type Response} from 'got';
import {EtagCache} from './etag-cache.js';
import {httpError, malformedError, networkError, type RequestContext} from './http-errors.js';
import {cleanRequestId} from './request-id.js';
import {MAX_BODY_BYTES, READ_TIMEOUT_MS, boundedRequest} from './bounded-request.js';
import {parseRetryAfter, retryDelay, sleep, type Failure, type RetryPolicy} from './retry.js';

// One Heroku API exchange, with what every call needs: headers, the token for the API's
// origin only, conditional requests, retries for reads, rate-limit tracking, typed errors.

export type AcceptVariant = '3' | '3.sdk' | '3.pipelines' | '3.filters' | '3.repositories-api';

export type RequestEvent = {
  method: string;
  path: string;
  status: number | null;
  fromCache: boolean;
  durationMs: number;
};

export type TransportOptions = {
  apiUrl: URL;
  token: string;
  userAgent: string;
  retry: RetryPolicy;
  timeoutMs: number;
  // Reads the board waits on get a shorter deadline than writes (default 10 s).
  readTimeoutMs?: number;
  // A body larger than this is refused unread (default 8 MB).
  maxBodyBytes?: number;
  maxConcurrent: number;
  onRequest?: (event: RequestEvent) => void;
  onRateLimit: (remaining: number) => void;
};

export type ExchangeSpec = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string; // starts with "/", relative to the API URL, may carry a query
  accept?: AcceptVariant;
  range?: string;
  body?: unknown;
  headers?: Record<string, string>;
  // Off for secrets (config vars) and for writes.
  cacheable: boolean;
};

export type Exchange = {
  status: number;
  body: unknown;
  fromCache: boolean;
  nextRange: string | null;
  requestId: string | null;
};

function acceptHeader(variant: AcceptVariant = '3'): string {
  return `application/vnd.heroku+json; version=${variant}`;
}

export class Transport {
  readonly cache = new EtagCache();
  private readonly http: Got;
  private readonly basePath: string;
  private readonly slots: Slots;
  private readonly options: Omit<TransportOptions, 'token'>;
  // A true private field: an inspected or logged client does not show it.
  readonly #token: string;

  constructor(options: TransportOptions) {
    const {token: _token, ...rest} = options;
    this.options = rest;
    this.basePath = options.apiUrl.pathname.replace(/\/+$/, '');
    this.slots = new Slots(options.maxConcurrent);
    this.#token = options.token;
    this.http = got.extend({
      throwHttpErrors: false,
      // Retries are decided in exchange(): got must never repeat a POST on its own.
      retry: {limit: 0},
      // A redirect could carry the token to another host.
      followRedirect: false,
      cache: false,
      responseType: 'text',
      timeout: {request: options.timeoutMs},
    });
  }

  urlFor(path: string): URL {
    return new URL(`${this.basePath}${path}`, this.options.apiUrl.origin);
  }

  async exchange(spec: ExchangeSpec): Promise<Exchange> {
    const url = this.urlFor(spec.path);
    const accept = acceptHeader(spec.accept);
    const payload = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const context: RequestContext = {
      method: spec.method,
      path: spec.path,
      host: this.options.apiUrl.host,
    };
    const cacheKey = spec.cacheable
      ? EtagCache.key({
          method: spec.method,
          url: url.href,
          accept,
          range: spec.range,
          body: payload,
        })
      : null;
    // Only reads are repeated: a repeated promotion POST would be a second promotion.
    const retryable = spec.method === 'GET';

    for (let attempt = 0; ; attempt++) {
      const cached = cacheKey ? this.cache.get(cacheKey) : undefined;
      const headers: Record<string, string> = {
        ...spec.headers,
        accept,
        authorization: `Bearer ${this.#token}`,
        'user-agent': this.options.userAgent,
      };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      if (spec.range) headers.range = spec.range;
      if (cached) headers['if-none-match'] = cached.etag;

      await this.slots.take();
      const started = performance.now();
      let response: Response<string> | RequestError;
      try {
        response = await boundedRequest(
          this.http,
          url,
          {method: spec.method, headers, body: payload, timeoutMs: this.deadlineOf(spec)},
          this.options.maxBodyBytes ?? MAX_BODY_BYTES,
          context,
        );
      } catch (error) {
        if (!(error instanceof RequestError)) throw error;
        response = error;
      } finally {
        this.slots.give();
      }

      if (response instanceof RequestError) {
        const durationMs = performance.now() - started;
        this.report({
          method: spec.method,
          path: spec.path,
          status: null,
          fromCache: false,
          durationMs,
        });
        const delay = retryable ? retryDelay({kind: 'network'}, attempt, this.options.retry) : null;
        if (delay === null) throw networkError(response, context);
        await sleep(delay);
        continue;
      }

      const durationMs = performance.now() - started;
      const status = response.statusCode;
      const requestId = cleanRequestId(firstHeader(response.headers['request-id']), this.#token);
      const remaining = Number.parseInt(
        firstHeader(response.headers['ratelimit-remaining']) ?? '',
        10,
      );
      if (Number.isFinite(remaining)) this.options.onRateLimit(remaining);
      const fromCache = status === 304 && cached !== undefined;
      this.report({method: spec.method, path: spec.path, status, fromCache, durationMs});

      if (status === 304) {
        if (!cached) {
          throw malformedError(
            '304 Not Modified without a cached copy',
            status,
            requestId,
            context,
          );
        }
        return {status, body: cached.body, fromCache: true, nextRange: cached.nextRange, requestId};
      }
      if (status >= 200 && status < 300) {
        const body = parseBody(response.body, status);
        if (body === INVALID)
          throw malformedError('a body that is not JSON', status, requestId, context);
        const nextRange = status === 206 ? firstHeader(response.headers['next-range']) : null;
        const etag = firstHeader(response.headers.etag);
        if (cacheKey && etag) this.cache.set(cacheKey, {etag, body, nextRange});
        return {status, body, fromCache: false, nextRange, requestId};
      }

      const errorBody = parseBody(response.body, status);
      const error = httpError(
        status,
        errorBody === INVALID ? null : errorBody,
        requestId,
        context,
        this.#token,
      );
      const failure: Failure = {
        kind: 'status',
        status,
        retryAfter: firstHeader(response.headers['retry-after']),
      };
      error.retryAfterMs = parseRetryAfter(failure.retryAfter);
      const delay = retryable ? retryDelay(failure, attempt, this.options.retry) : null;
      if (delay === null) throw error;
      await sleep(delay);
    }
  }

  // Deadlines per request (README, Troubleshooting): reads 10 s, writes the client's 30 s.
  private deadlineOf(spec: ExchangeSpec): number {
    if (spec.method !== 'GET') return this.options.timeoutMs;
    return Math.min(this.options.readTimeoutMs ?? READ_TIMEOUT_MS, this.options.timeoutMs);
  }

  private report(event: RequestEvent): void {
    try {
      this.options.onRequest?.(event);
    } catch {
      // An observer's bug must not break a request.
    }
  }
}

const INVALID = Symbol('invalid');

function parseBody(text: string, status: number): unknown {
  if (text.trim() === '') return status === 204 ? null : INVALID;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

function firstHeader(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

// Caps requests in flight: a large pipeline's round can be hundreds of independent requests,
// and opening that many connections at once helps neither Heroku nor the person's network.
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = Math.max(1, Math.floor(size));
  }

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}
