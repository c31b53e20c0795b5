import type {IncomingMessage} from 'node:http';
import {errorFor, herokuError} from './replies.js';
import type {Reply, Zone} from './replies.js';
import type {SimState} from './state.js';
import {ciWorld} from './ci-world.js';

// Who may ask, in what format, and whether the rate-limit bucket allows it.

const acceptPattern =
  /^application\/vnd\.heroku\+json;\s*version=3(\.(sdk|pipelines|filters|repositories-api))?$/;

function herokuToken(header: string | undefined): string | null {
  const [scheme = '', value = ''] = (header ?? '').trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return null;
}

function refillRateLimit(state: SimState): void {
  const bucket = state.rateLimit;
  const now = Date.now();
  bucket.remaining = Math.min(
    4500,
    bucket.remaining + ((now - bucket.refilledAt) * bucket.refillPerMinute) / 60_000,
  );
  bucket.refilledAt = now;
}

// null when the route may run.
export function gate(
  config: {state: SimState; token: string; githubToken: string},
  zone: Zone,
  req: IncomingMessage,
  path: string,
): Reply | null {
  const {state} = config;
  if (zone === 'stream') return null;
  if (zone === 'gitlab') {
    const token = ciWorld(state).gitlabToken;
    return token !== '' && req.headers['private-token'] === token ? null : errorFor(zone, 401);
  }
  const authorization = req.headers.authorization;
  if (zone === 'github') {
    const [scheme = '', value] = (authorization ?? '').trim().split(/\s+/, 2);
    if (!/^(token|bearer)$/i.test(scheme) || value !== config.githubToken) {
      return errorFor(zone, 401);
    }
    if (state.github.rateLimitRemaining <= 0) {
      return {
        ...errorFor(zone, 403, undefined, 'API rate limit exceeded for user ID 1000.'),
        headers: {'X-RateLimit-Remaining': '0'},
      };
    }
    state.github.rateLimitRemaining -= 1;
    return null;
  }
  if (zone === 'heroku') {
    const accepts = (req.headers.accept ?? '').split(',').map((part) => part.trim());
    if (!accepts.some((part) => acceptPattern.test(part))) return herokuError(406);
  }
  if (state.tokenRevoked || herokuToken(authorization) !== config.token) return herokuError(401);
  if (zone === 'heroku' && !(req.method === 'GET' && path === '/account/rate-limits')) {
    refillRateLimit(state);
    if (state.rateLimit.remaining < 1) return herokuError(429);
    state.rateLimit.remaining -= 1;
  }
  return null;
}
