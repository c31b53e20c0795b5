import type {IncomingMessage} from 'node:http';
import got, {RequestError} from 'got';
import {ApiError} from './errors.js';
import {networkError} from './http-errors.js';
import {TailBuffer} from './tail-buffer.js';

// Release-phase output lives at a secret URL on another host (not the API). It gets no
// Authorization header, and the URL itself is never put into a message.

export type OutputStreamOptions = {
  timeoutMs?: number;
  signal?: AbortSignal;
  // How much of the end is kept (5 MB unless a test asks for less).
  maxBytes?: number;
};

const MAX_OUTPUT_BYTES = 5 * 1024 * 1024;
const CONTEXT = {method: 'GET', path: '(release output)', host: 'the release output host'};
const DETAILS = {method: CONTEXT.method, path: CONTEXT.path};

export async function readOutputStream(
  url: string,
  options: OutputStreamOptions & {userAgent: string},
): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new ApiError('The release output address is not a valid URL.', DETAILS);
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new ApiError('The release output address is not an http or https URL.', DETAILS);
  }
  try {
    // Streamed, never buffered whole: only the last maxBytes are ever held.
    const stream = got.stream(target, {
      method: 'GET',
      // Only these headers: in particular no Authorization, whatever the host.
      headers: {'user-agent': options.userAgent, accept: 'text/plain, */*'},
      throwHttpErrors: false,
      retry: {limit: 0},
      cache: false,
      maxRedirects: 3,
      // The release phase can run for minutes while this body is still streaming.
      timeout: options.timeoutMs ? {request: options.timeoutMs} : undefined,
      signal: options.signal,
    });
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      stream.once('response', resolve);
      stream.once('error', reject);
    });
    const status = response.statusCode ?? 0;
    if (status === 404 || status < 200 || status >= 300) {
      stream.destroy();
      if (status === 404) return null;
      throw new ApiError(`The release output could not be read (HTTP ${status}).`, {
        status,
        method: CONTEXT.method,
        path: CONTEXT.path,
      });
    }
    const tail = new TailBuffer(options.maxBytes ?? MAX_OUTPUT_BYTES);
    for await (const chunk of stream) tail.push(chunk as Buffer);
    return tail.text();
  } catch (error) {
    if (error instanceof RequestError || isAbort(error)) throw networkError(error, CONTEXT);
    throw error;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
