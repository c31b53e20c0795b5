// Which addresses the program may hand to a browser, and which hosts are this machine. Pure,
// so the board, the UI and the Heroku client share one rule (heroku/origin-policy.ts builds
// the secret rules on it).

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

// The rule for everything handed to the browser: an https web page, or http on this
// machine (the simulator). Returns the normalised address, or null for anything else.
export function openableUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const url = parseUrl(value.trim());
  if (!url || url.username || url.password) return null;
  const web =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  return web && url.hostname !== '' ? url.href : null;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
