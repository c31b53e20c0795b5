import {getJson, type GetResult} from '../diff/http-get.js';
import {createKolkrabbi, under} from '../diff/kolkrabbi.js';
import {isSha} from '../diff/results.js';
import {VERSION} from '../shared/version.js';
import {parseGitHubCheckRuns, parseGitHubStatuses} from './mapping.js';
import type {CiSource} from './types.js';

export type GitHubCiOptions = {
  kolkrabbiUrl: URL;
  githubApiUrl: URL;
  herokuToken: string;
  githubToken?: string | null;
  timeoutMs?: number;
};

function failure(result: GetResult): string | null {
  if (!result.ok) return `GitHub could not be reached for the CI status: ${result.network}.`;
  if (result.status === 200) return null;
  if (result.status === 401) return 'GitHub refused the GitHub token, so the CI status is unknown.';
  if (result.status === 403 || result.status === 404) {
    return `GitHub did not show the CI status of this commit (HTTP ${result.status}).`;
  }
  return `GitHub answered HTTP ${result.status} when asked for the CI status.`;
}

// Commit statuses (the combined status) and check runs (GitHub Actions and apps), with the
// token the comparison uses: the person's GITHUB_TOKEN or Heroku's integration's.
export function createGitHubCiSource(options: GitHubCiOptions): CiSource {
  const http = {userAgent: `pipeline-tui/${VERSION}`, timeoutMs: options.timeoutMs ?? 10_000};
  const kolkrabbi = createKolkrabbi({url: options.kolkrabbiUrl, token: options.herokuToken, http});

  const get = (path: string, token: string) => {
    const url = under(options.githubApiUrl, path);
    url.searchParams.set('per_page', '100');
    return getJson(url, {
      ...http,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${token}`,
        'x-github-api-version': '2022-11-28',
      },
    });
  };

  return {
    name: 'github',
    async statusOf(target) {
      if (!isSha(target.sha)) return null;
      const repository = await kolkrabbi.repositoryOf(target.appId);
      if (repository.kind === 'not-connected') return null;
      if (repository.kind === 'failed') return {checks: [], reason: repository.reason};
      const token = options.githubToken
        ? {kind: 'token' as const, token: options.githubToken}
        : await kolkrabbi.githubToken();
      if (token.kind === 'failed') return {checks: [], reason: token.reason};
      const [owner = '', name = ''] = repository.repo.split('/');
      const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/commits/${target.sha}`;
      const [statuses, runs] = await Promise.all([
        get(`${base}/status`, token.token),
        get(`${base}/check-runs`, token.token),
      ]);
      const checks = [
        ...(statuses.ok && statuses.status === 200 ? parseGitHubStatuses(statuses.body) : []),
        ...(runs.ok && runs.status === 200 ? parseGitHubCheckRuns(runs.body) : []),
      ];
      return {checks, reason: checks.length > 0 ? null : (failure(statuses) ?? failure(runs))};
    },
  };
}
