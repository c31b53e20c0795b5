// The one place that decides where a secret may travel and what the program may open.
// A secret (the Heroku token, a GitHub or GitLab token) goes over https, or over plain http
// only to this machine; a page opened in the browser is an https web page, or http on this
// machine (that rule lives in shared/web-url.ts, pure, so the UI can use it). Everything else
// (file:, custom schemes, plain http across a network) is refused.

import {isLoopbackHost, openableUrl} from '../shared/web-url.js';

export {isLoopbackHost, openableUrl};

function parsed(value: string | URL): URL | null {
  if (value instanceof URL) return value;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

// Whether a request to this URL may carry a secret in its headers: https anywhere, plain
// http only to loopback, never with a user name or password in the URL itself.
export function mayCarrySecret(value: string | URL): boolean {
  const url = parsed(value);
  if (!url || url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

// Why a secret may not go there, as one sentence naming the variable that set it; null when
// it may.
export function secretRefusal(value: string | URL, variable: string): string | null {
  const url = parsed(value);
  if (!url) return `${variable} is not a valid URL.`;
  if (mayCarrySecret(url)) return null;
  if (url.username || url.password) return `${variable} must not contain a user name or password.`;
  return `${variable} must use https for ${url.hostname}, so the token never travels unencrypted.`;
}
