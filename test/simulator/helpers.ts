import type {Simulator} from '../../source/simulator/index.js';

export const V3 = 'application/vnd.heroku+json; version=3';

export type Answer = {status: number; headers: Headers; body: unknown; text: string};

export async function call(
  sim: Simulator,
  path: string,
  init: {method?: string; headers?: Record<string, string>; body?: unknown; auth?: boolean} = {},
): Promise<Answer> {
  const headers: Record<string, string> = {Accept: V3, ...init.headers};
  if (init.auth !== false && !('Authorization' in headers)) {
    headers.Authorization = `Bearer ${sim.token}`;
  }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return {status: response.status, headers: response.headers, body, text};
}

// Polls until check returns a value other than undefined, or fails after timeoutMs.
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Condition not met in time.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
