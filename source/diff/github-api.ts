import type {WireGitHubCommit, WireGitHubCompare} from './github-wire.js';
import {getJson, headerValue, type GetResult} from './http-get.js';
import {parseCommits, parseCompare} from './github-mapping.js';
import {under} from './kolkrabbi.js';
import {
  commitNotFound,
  githubAnswered,
  githubDenied,
  githubRateLimited,
  githubRefusedToken,
  githubUnreachable,
  githubUnreadable,
  noCommonHistory,
} from './reasons.js';

// GitHub's compare lists at most 250 commits per page; the same per_page is sent on every
// page so the pages line up even if a server caps it lower.
const PER_PAGE = 250;
// A bound on a runaway listing: 40 pages is 10,000 commits, far more than anyone reads.
const MAX_PAGES = 40;

export type GitHubFailure =
  | {kind: 'network'; words: string}
  | {
      kind: 'status';
      status: number;
      rateLimitRemaining: string | null;
      rateLimitReset: string | null;
    }
  | {kind: 'unreadable'};

export type CompareResult =
  | {ok: true; wire: WireGitHubCompare; commits: WireGitHubCommit[]}
  | {ok: false; failure: GitHubFailure};

export type GitHubApi = {
  // base...head: commits is every commit head has that base lacks, oldest first.
  compare(request: {
    repo: string;
    base: string;
    head: string;
    token: string;
  }): Promise<CompareResult>;
};

function failureOf(result: GetResult): GitHubFailure {
  if (!result.ok) return {kind: 'network', words: result.network};
  return {
    kind: 'status',
    status: result.status,
    rateLimitRemaining: headerValue(result.headers, 'x-ratelimit-remaining'),
    rateLimitReset: headerValue(result.headers, 'x-ratelimit-reset'),
  };
}

export function createGitHubApi(options: {
  url: URL;
  http: {userAgent: string; timeoutMs: number};
}): GitHubApi {
  // The GitHub token goes to this host only.
  function get(path: string, page: number, token: string): Promise<GetResult> {
    const url = under(options.url, path);
    url.searchParams.set('per_page', String(PER_PAGE));
    url.searchParams.set('page', String(page));
    return getJson(url, {
      ...options.http,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${token}`,
        'x-github-api-version': '2022-11-28',
      },
    });
  }

  return {
    async compare({repo, base, head, token}) {
      const [owner = '', name = ''] = repo.split('/');
      const path =
        `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}` +
        `/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
      const first = await get(path, 1, token);
      if (!first.ok || first.status !== 200) return {ok: false, failure: failureOf(first)};
      const wire = parseCompare(first.body);
      if (!wire) return {ok: false, failure: {kind: 'unreadable'}};

      const commits = [...wire.commits];
      const seen = new Set(commits.map((commit) => commit.sha));
      for (let page = 2; commits.length < wire.total_commits && page <= MAX_PAGES; page++) {
        const next = await get(path, page, token);
        if (!next.ok || next.status !== 200) break;
        const more = parseCommits((next.body as {commits?: unknown} | undefined)?.commits);
        const fresh = more.filter((commit) => !seen.has(commit.sha));
        // An empty or repeated page means the server has nothing further: stop, keep the counts.
        if (fresh.length === 0) break;
        for (const commit of fresh) {
          seen.add(commit.sha);
          commits.push(commit);
        }
      }
      return {ok: true, wire, commits};
    },
  };
}

export function describeGitHubFailure(
  failure: GitHubFailure,
  context: {repo: string; base: string; head: string; ownToken: boolean},
): string {
  if (failure.kind === 'network') return githubUnreachable(failure.words);
  if (failure.kind === 'unreadable') return githubUnreadable();
  const {status} = failure;
  if (status === 429 || (status === 403 && failure.rateLimitRemaining === '0')) {
    return githubRateLimited(failure.rateLimitReset);
  }
  if (status === 401) return githubRefusedToken(context.ownToken);
  if (status === 403) return githubDenied(context.repo);
  if (status === 404) return commitNotFound(context.repo, context.base, context.head);
  if (status === 422) return noCommonHistory(context.repo, context.base, context.head);
  return githubAnswered(status);
}
