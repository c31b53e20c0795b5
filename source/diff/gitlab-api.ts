import {getJson} from './http-get.js';
import {gitlabTokenMayGoTo} from './gitlab-host.js';

// GitLab's REST API (v4). The token travels in PRIVATE-TOKEN, and only to the GitLab origin.

export type GitLabFailure =
  | {kind: 'network'; words: string}
  | {kind: 'status'; status: number; message: string}
  | {kind: 'refused-host'};

export type GitLabAnswer = {ok: true; body: unknown} | {ok: false; failure: GitLabFailure};

export type GitLabApi = {
  readonly webUrl: URL;
  compare(project: string, from: string, to: string): Promise<GitLabAnswer>;
  statuses(project: string, sha: string): Promise<GitLabAnswer>;
  pipelines(project: string, sha: string): Promise<GitLabAnswer>;
};

export type GitLabApiOptions = {
  // The web root (GITLAB_URL); the API is under api/v4 of it.
  url: URL;
  token: string;
  http: {userAgent: string; timeoutMs: number};
};

function messageOf(body: unknown): string {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const message = record.message ?? record.error;
  return typeof message === 'string' ? message : '';
}

export function createGitLabApi(options: GitLabApiOptions): GitLabApi {
  const apiRoot = new URL('api/v4/', options.url);

  async function get(path: string, query: Record<string, string> = {}): Promise<GitLabAnswer> {
    const url = new URL(path, apiRoot);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    if (!gitlabTokenMayGoTo(url, options.url)) return {ok: false, failure: {kind: 'refused-host'}};
    const result = await getJson(url, {
      ...options.http,
      headers: {accept: 'application/json', 'private-token': options.token},
    });
    if (!result.ok) return {ok: false, failure: {kind: 'network', words: result.network}};
    if (result.status !== 200) {
      return {
        ok: false,
        failure: {kind: 'status', status: result.status, message: messageOf(result.body)},
      };
    }
    return {ok: true, body: result.body};
  }

  const project = (path: string) => `projects/${encodeURIComponent(path)}`;

  return {
    webUrl: options.url,
    compare: (path, from, to) =>
      get(`${project(path)}/repository/compare`, {from, to, straight: 'false'}),
    statuses: (path, sha) =>
      get(`${project(path)}/repository/commits/${encodeURIComponent(sha)}/statuses`, {
        per_page: '100',
      }),
    pipelines: (path, sha) =>
      get(`${project(path)}/pipelines`, {sha, per_page: '20', order_by: 'id', sort: 'desc'}),
  };
}
