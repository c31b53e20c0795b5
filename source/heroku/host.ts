import {HostRefusedError} from './errors.js';
import {ConfigError} from '../shared/errors.js';
import {isLoopbackHost, secretRefusal} from './origin-policy.js';

// The same list the official Heroku CLI trusts with a token: anything else could be a
// look-alike host set by a hostile environment, so it is refused before any request.
const ALLOWED_HEROKU_DOMAINS = [
  'heroku.com',
  'herokai.com',
  'herokuspace.com',
  'herokudev.com',
] as const;

const DEFAULT_API_URL = 'https://api.heroku.com';
const DEFAULT_KOLKRABBI_URL = 'https://kolkrabbi.heroku.com';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

function isHerokuHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ALLOWED_HEROKU_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

// HEROKU_HOST as the official CLI reads it: a value starting with "http" is the API URL
// itself, anything else is a domain that gets an "api." prefix.
export function resolveApiUrl(env: NodeJS.ProcessEnv): URL {
  const host = env.HEROKU_HOST?.trim();
  if (!host) return new URL(DEFAULT_API_URL);
  const candidate = host.toLowerCase().startsWith('http') ? host : `https://api.${host}`;
  return trustedUrl(candidate, 'HEROKU_HOST');
}

export function resolveServiceUrls(env: NodeJS.ProcessEnv): {kolkrabbi: URL; githubApi: URL} {
  const kolkrabbiValue = env.PIPELINE_TUI_KOLKRABBI_URL?.trim();
  const githubValue = env.GITHUB_API_URL?.trim();
  const kolkrabbi = kolkrabbiValue
    ? trustedUrl(kolkrabbiValue, 'PIPELINE_TUI_KOLKRABBI_URL')
    : new URL(DEFAULT_KOLKRABBI_URL);
  // GitHub Enterprise lives on any host, and only the GitHub token goes there: over https,
  // or plain http to this machine only.
  const githubApi = githubValue
    ? secretUrl(githubValue, 'GITHUB_API_URL')
    : new URL(DEFAULT_GITHUB_API_URL);
  return {kolkrabbi: withTrailingSlash(kolkrabbi), githubApi: withTrailingSlash(githubApi)};
}

// Receives the Heroku token, so it must be a Heroku host over https, or this machine.
function trustedUrl(value: string, variable: string): URL {
  const url = parseUrl(value, variable);
  const loopback = isLoopbackHost(url.hostname);
  if (!loopback && !isHerokuHost(url.hostname)) {
    throw new HostRefusedError(
      `${variable} points to ${url.hostname}, which is not a Heroku host; the token is only sent to Heroku or to this machine.`,
    );
  }
  const refusal = secretRefusal(url, variable);
  if (refusal) throw new HostRefusedError(refusal);
  return url;
}

// Any host, but a secret goes there: https, or http to this machine. Exported for other
// token-carrying services (GitLab) to apply the same rule.
export function secretUrl(value: string, variable: string): URL {
  const url = parseUrl(value, variable);
  const refusal = secretRefusal(url, variable);
  if (refusal) throw new HostRefusedError(refusal);
  return url;
}

function parseUrl(value: string, variable: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${variable} is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`${variable} must be an http or https URL.`);
  }
  // Credentials in the URL would end up in logs and error messages.
  if (url.username || url.password) {
    throw new ConfigError(`${variable} must not contain a user name or password.`);
  }
  url.search = '';
  url.hash = '';
  return url;
}

// Services may live under a path (GitHub Enterprise: https://host/api/v3); a trailing slash
// lets `new URL('repos/o/r', base)` keep that path.
function withTrailingSlash(url: URL): URL {
  const copy = new URL(url.href);
  if (!copy.pathname.endsWith('/')) copy.pathname = `${copy.pathname}/`;
  return copy;
}
