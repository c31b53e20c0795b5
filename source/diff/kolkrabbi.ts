import {getJson, type GetResult} from './http-get.js';
import {
  integrationFailed,
  integrationUnreachable,
  noRepositoryGiven,
  notLinkedToGitHub,
} from './reasons.js';

// Heroku's GitHub integration. The Heroku token goes to this host and nowhere else.
export type RepositoryAnswer =
  {kind: 'repo'; repo: string} | {kind: 'not-connected'} | {kind: 'failed'; reason: string};

export type TokenAnswer = {kind: 'token'; token: string} | {kind: 'failed'; reason: string};

export type Kolkrabbi = {
  repositoryOf(appId: string): Promise<RepositoryAnswer>;
  githubToken(): Promise<TokenAnswer>;
};

const HEROKU_ACCEPT = 'application/vnd.heroku+json; version=3';
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

// The base URL's own path is kept, so a service mounted under a prefix still works.
export function under(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = base.pathname.replace(/\/+$/, '') + path;
  url.search = '';
  url.hash = '';
  return url;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

export function createKolkrabbi(options: {
  url: URL;
  token: string;
  http: {userAgent: string; timeoutMs: number};
}): Kolkrabbi {
  // Answers are kept for the session (an app rarely changes repository); failures are not,
  // so the next comparison asks again.
  const repositories = new Map<string, Promise<RepositoryAnswer>>();
  let token: Promise<TokenAnswer> | null = null;

  function get(path: string): Promise<GetResult> {
    return getJson(under(options.url, path), {
      ...options.http,
      headers: {accept: HEROKU_ACCEPT, authorization: `Bearer ${options.token}`},
    });
  }

  async function fetchRepository(appId: string): Promise<RepositoryAnswer> {
    const result = await get(`/apps/${encodeURIComponent(appId)}/github`);
    if (!result.ok) return {kind: 'failed', reason: integrationUnreachable(result.network)};
    if (result.status === 200) {
      const repo = record(result.body)?.repo;
      if (typeof repo === 'string' && REPO.test(repo)) return {kind: 'repo', repo};
      return {kind: 'failed', reason: noRepositoryGiven()};
    }
    // 404 (and a refused request) is how the integration says "this app has no repository";
    // anything else, a redirect or a rate limit included, says nothing about the app.
    if (result.status === 404 || result.status === 400 || result.status === 422) {
      return {kind: 'not-connected'};
    }
    return {kind: 'failed', reason: integrationFailed(result.status)};
  }

  async function fetchToken(): Promise<TokenAnswer> {
    const result = await get('/account/github/token');
    if (!result.ok) return {kind: 'failed', reason: integrationUnreachable(result.network)};
    if (result.status === 200) {
      const value = record(record(result.body)?.github)?.token;
      if (typeof value === 'string' && value !== '') return {kind: 'token', token: value};
      return {kind: 'failed', reason: notLinkedToGitHub()};
    }
    if (result.status === 401 || result.status === 404) {
      return {kind: 'failed', reason: notLinkedToGitHub()};
    }
    return {kind: 'failed', reason: integrationFailed(result.status)};
  }

  return {
    repositoryOf(appId) {
      const known = repositories.get(appId);
      if (known) return known;
      const answer = fetchRepository(appId);
      repositories.set(appId, answer);
      void answer.then((value) => {
        if (value.kind === 'failed') repositories.delete(appId);
      });
      return answer;
    },
    githubToken() {
      if (token) return token;
      const answer = fetchToken();
      token = answer;
      void answer.then((value) => {
        if (value.kind === 'failed' && token === answer) token = null;
      });
      return answer;
    },
  };
}
