import {HostRefusedError} from '../heroku/errors.js';
import {ConfigError} from '../shared/errors.js';

// Where the GitLab token may go. A central origin policy for every token is planned in
// heroku/host.ts; until then this module is the one place that decides for GitLab, under a
// name that can be swapped for the central one.

const DEFAULT_GITLAB_URL = 'https://gitlab.com';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

// GITLAB_URL (default https://gitlab.com): the web root of gitlab.com or a self-managed
// instance, which may live under a path. Plain http is refused except on this machine, so
// the token never travels unencrypted.
export function resolveGitLabUrl(env: NodeJS.ProcessEnv): URL {
  const value = env.GITLAB_URL?.trim() || DEFAULT_GITLAB_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('GITLAB_URL is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('GITLAB_URL must be an http or https URL.');
  }
  if (url.username || url.password) {
    throw new ConfigError('GITLAB_URL must not contain a user name or password.');
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    throw new HostRefusedError(
      `GITLAB_URL must use https for ${url.hostname}, so the GitLab token never travels unencrypted.`,
    );
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

// Whether a request to `target` may carry the GitLab token configured for `gitlab`: the
// same origin only, and https unless it is this machine.
export function gitlabTokenMayGoTo(target: URL, gitlab: URL): boolean {
  if (target.origin !== gitlab.origin) return false;
  return target.protocol === 'https:' || isLoopbackHostname(target.hostname);
}
