import {VERSION} from '../shared/version.js';
import {malformedError} from './http-errors.js';
import {expectList, expectObject, type ShapeProblem} from './shape.js';
import {DEFAULT_RETRY, type RetryPolicy} from './retry.js';
import {Transport, type AcceptVariant, type ExchangeSpec, type RequestEvent} from './transport.js';

// The generic half of the client: requests, pages, shapes. Endpoints live in client.ts.

export type HerokuClientOptions = {
  apiUrl: URL | string;
  token: string;
  userAgent?: string; // default pipeline-tui/<version>
  // GET retries on network errors and 5xx (and, waiting longer, 429).
  retry?: RetryPolicy;
  timeoutMs?: number; // per request, default 30000
  readTimeoutMs?: number; // per GET, default 10000 (never more than timeoutMs)
  maxConcurrent?: number; // requests in flight at once, default 100
  onRequest?: (event: RequestEvent) => void;
};

export const DEFAULT_RANGE = 'id ..; max=1000;';
// A safety stop should Heroku ever hand back a Next-Range that never ends.
const MAX_PAGES = 1000;

export type ReadOptions = {accept?: AcceptVariant; headers?: Record<string, string>};
export type ListOptions = {accept?: AcceptVariant; range?: string; limit?: number};
type Checked = {shape?: 'object' | 'list'; id?: boolean; cacheable?: boolean};

export type Fetched<T> = {data: T; fromCache: boolean};

export class HerokuApi {
  readonly apiUrl: URL;
  rateLimitRemaining: number | null = null;
  protected readonly transport: Transport;
  protected readonly timeoutMs: number;
  protected readonly userAgent: string;

  constructor(options: HerokuClientOptions) {
    this.apiUrl = new URL(options.apiUrl);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? `pipeline-tui/${VERSION}`;
    this.transport = new Transport({
      apiUrl: this.apiUrl,
      token: options.token,
      userAgent: this.userAgent,
      retry: options.retry ?? DEFAULT_RETRY,
      timeoutMs: this.timeoutMs,
      readTimeoutMs: options.readTimeoutMs,
      // A large pipeline needs one request per app (slugs), all independent: send them nearly
      // together. 100 loads 200 apps in two waves; 200 was 90 ms faster but peaked 20 MiB higher.
      maxConcurrent: options.maxConcurrent ?? 100,
      onRequest: options.onRequest,
      onRateLimit: (remaining) => {
        this.rateLimitRemaining = remaining;
      },
    });
  }

  async get<T>(path: string, options: ReadOptions = {}): Promise<T> {
    return (await this.getWithMeta<T>(path, options)).data;
  }

  // Also says whether Heroku answered 304, so a caller can tell nothing changed.
  async getWithMeta<T>(path: string, options: ReadOptions & Checked = {}): Promise<Fetched<T>> {
    const spec: ExchangeSpec = {
      method: 'GET',
      path,
      accept: options.accept,
      headers: options.headers,
      cacheable: options.cacheable ?? true,
    };
    const exchange = await this.transport.exchange(spec);
    const problem = this.problem(spec, exchange.status, exchange.requestId);
    const data =
      options.shape === 'list'
        ? expectList<T>(exchange.body, options.id ?? false, problem)
        : options.shape === 'object'
          ? expectObject<T>(exchange.body, options.id ?? false, problem)
          : (exchange.body as T);
    return {data: data as T, fromCache: exchange.fromCache};
  }

  async list<T>(path: string, options: ListOptions = {}): Promise<T[]> {
    return (await this.listWithMeta<T>(path, options)).data;
  }

  // Follows Next-Range to the end; fromCache is true only when every page was a 304.
  async listWithMeta<T>(
    path: string,
    options: ListOptions & {id?: boolean; loose?: boolean; post?: unknown} = {},
  ): Promise<Fetched<T[]>> {
    const items: T[] = [];
    let fromCache = true;
    let range: string | null = options.range ?? DEFAULT_RANGE;
    const seen = new Set<string>();
    for (let page = 0; range !== null && page < MAX_PAGES; page++) {
      seen.add(range);
      const spec: ExchangeSpec =
        options.post === undefined
          ? {method: 'GET', path, accept: options.accept, range, cacheable: true}
          : {
              method: 'POST',
              path,
              accept: options.accept,
              range,
              body: options.post,
              cacheable: true,
            };
      const exchange = await this.transport.exchange(spec);
      const problem = this.problem(spec, exchange.status, exchange.requestId);
      // Loose lists are checked item by item by their reader, which leaves out a bad one.
      if (options.loose && Array.isArray(exchange.body)) items.push(...(exchange.body as T[]));
      else items.push(...expectList<T>(exchange.body, options.id ?? false, problem));
      fromCache &&= exchange.fromCache;
      if (options.limit !== undefined && items.length >= options.limit) break;
      range =
        exchange.nextRange !== null && !seen.has(exchange.nextRange) ? exchange.nextRange : null;
    }
    const data = options.limit === undefined ? items : items.slice(0, options.limit);
    return {data, fromCache};
  }

  // Never repeated automatically: a repeated POST could be a second promotion.
  async post<T>(
    path: string,
    body: unknown,
    options: {accept?: AcceptVariant; twoFactorCode?: string} = {},
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (options.twoFactorCode) headers['heroku-two-factor-code'] = options.twoFactorCode;
    const spec: ExchangeSpec = {
      method: 'POST',
      path,
      accept: options.accept,
      body,
      headers,
      cacheable: false,
    };
    const exchange = await this.transport.exchange(spec);
    return expectObject<T>(
      exchange.body,
      true,
      this.problem(spec, exchange.status, exchange.requestId),
    );
  }

  // PATCH and DELETE, like POST, are sent once: never repeated automatically.
  async write<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const spec: ExchangeSpec = {method, path, body, cacheable: false};
    const exchange = await this.transport.exchange(spec);
    return expectObject<T>(
      exchange.body,
      true,
      this.problem(spec, exchange.status, exchange.requestId),
    );
  }

  private problem(spec: ExchangeSpec, status: number, requestId: string | null): ShapeProblem {
    return (reason) =>
      malformedError(reason, status, requestId, {
        method: spec.method,
        path: spec.path,
        host: this.apiUrl.host,
      });
  }

  protected async object<T>(
    path: string,
    accept: AcceptVariant = '3',
    id = true,
    cacheable = true,
  ): Promise<T> {
    const {data} = await this.getWithMeta<T>(path, {accept, shape: 'object', id, cacheable});
    return data;
  }

  protected async idList<T>(path: string, accept: AcceptVariant = '3'): Promise<T[]> {
    return (await this.listWithMeta<T>(path, {accept, id: true})).data;
  }

  protected async remembered<T>(
    store: Map<string, Promise<T>>,
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const known = store.get(key);
    if (known) return known;
    const loading = load();
    store.set(key, loading);
    // A failure is not remembered: the next call asks again.
    loading.catch(() => store.delete(key));
    return loading;
  }
}
