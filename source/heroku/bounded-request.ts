import type {CancelableRequest, Got, Response} from 'got';
import {malformedError, type RequestContext} from './http-errors.js';

// One request with its deadline and a cap on the body: a body over the cap is refused
// unread (a 50 MB release list would otherwise be parsed whole), in one sentence.

export const READ_TIMEOUT_MS = 10_000;
export const MAX_BODY_BYTES = 8_000_000;

export async function boundedRequest(
  http: Got,
  url: URL,
  options: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    headers: Record<string, string>;
    body?: string;
    timeoutMs: number;
  },
  maxBytes: number,
  context: RequestContext,
): Promise<Response<string>> {
  let tooLarge = false;
  const request = http(url, {
    method: options.method,
    headers: options.headers,
    body: options.body,
    timeout: {request: options.timeoutMs},
  }) as CancelableRequest<Response<string>>;
  request.on('downloadProgress', (progress) => {
    if (tooLarge || progress.transferred <= maxBytes) return;
    tooLarge = true;
    request.cancel();
  });
  try {
    return await request;
  } catch (error) {
    if (!tooLarge) throw error;
    const size = `${Math.round(maxBytes / 1_000_000)} MB`;
    throw malformedError(`a body larger than ${size}, which was not read`, 200, null, context);
  }
}
