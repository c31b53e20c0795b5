import {ConfigError, PipelineTuiError} from '../shared/errors.js';
import {cleanRequestId} from './request-id.js';

// Typed errors of the Heroku client. Every message is one sentence meant for a person,
// never carries the token, and keeps Heroku's Request-Id for support.

export type ErrorDetails = {
  status?: number | null;
  id?: string | null; // Heroku error id, e.g. "unauthorized", "two_factor"
  requestId?: string | null;
  method?: string;
  path?: string; // path only, never a full URL with credentials
};

export class HostRefusedError extends ConfigError {
  override name = 'HostRefusedError';
}

// Heroku answered with an error status.
export class ApiError extends PipelineTuiError {
  override name = 'ApiError';
  readonly status: number | null;
  readonly id: string | null;
  readonly requestId: string | null;
  readonly method: string | undefined;
  readonly path: string | undefined;
  // How long Heroku asked to wait before the next try (Retry-After), when it said.
  retryAfterMs: number | null = null;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message);
    this.status = details.status ?? null;
    this.id = details.id ?? null;
    this.requestId = details.requestId ?? null;
    this.method = details.method;
    this.path = details.path;
  }

  // The message with the Request-Id, as shown to people.
  override describe(): string {
    const requestId = cleanRequestId(this.requestId);
    return requestId ? `${this.message} (Request-Id ${requestId})` : this.message;
  }
}

export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}

// 403 two_factor: resend the same request with Heroku-Two-Factor-Code.
export class TwoFactorRequiredError extends ApiError {
  override name = 'TwoFactorRequiredError';
}

export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

// The connection failed (refused, reset, DNS, timeout): no answer from Heroku.
export class NetworkError extends ApiError {
  override name = 'NetworkError';
}

// Heroku answered 2xx with a body that is not JSON or not the expected shape.
export class MalformedResponseError extends ApiError {
  override name = 'MalformedResponseError';
}

// Network failures that happen before a request leaves this machine.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

// A POST whose answer was lost (a reset, a timeout, an unreadable 2xx body) may still have
// been carried out by Heroku. Saying only "failed" would invite a second promotion.
export function writeMayHaveLanded(error: unknown): boolean {
  if (error instanceof MalformedResponseError) return true;
  return error instanceof NetworkError && !NOT_SENT.has(error.id ?? '');
}
