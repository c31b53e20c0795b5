import {unknownComparison} from '../board/comparisons.js';
import type {CommitComparison} from '../board/types.js';
import type {WireGitHubCommit} from './github-wire.js';
import {VERSION} from '../shared/version.js';
import {
  createGitHubApi,
  describeGitHubFailure,
  type CompareResult,
  type GitHubApi,
} from './github-api.js';
import {safeWebUrl, toCommitDetail, toFileChange} from './github-mapping.js';
import type {DiffEndpoint} from './endpoint.js';
import type {DiffSource} from './types.js';
import {createKolkrabbi} from './kolkrabbi.js';
import {readableCompareUrl} from './remote-url.js';
import {differentRepositories, notAShaReason} from './reasons.js';
import {isSha, knownComparison} from './results.js';

export type GitHubSourceOptions = {
  kolkrabbiUrl: URL;
  githubApiUrl: URL;
  herokuToken: string;
  // GITHUB_TOKEN or a saved one: used instead of the token of Heroku's integration.
  githubToken?: string | null;
  userAgent?: string;
  timeoutMs?: number;
};

export function createGitHubSource(options: GitHubSourceOptions): DiffSource {
  const http = {
    userAgent: options.userAgent ?? `pipeline-tui/${VERSION}`,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  const ownToken = options.githubToken ? options.githubToken : null;
  const kolkrabbi = createKolkrabbi({url: options.kolkrabbiUrl, token: options.herokuToken, http});
  const api: GitHubApi = createGitHubApi({url: options.githubApiUrl, http});

  async function sharedRepository(up: DiffEndpoint, down: DiffEndpoint) {
    const [upstream, downstream] = await Promise.all([
      kolkrabbi.repositoryOf(up.appId),
      kolkrabbi.repositoryOf(down.appId),
    ]);
    return {upstream, downstream};
  }

  async function listOtherSide(
    repo: string,
    base: string,
    head: string,
    token: string,
  ): Promise<WireGitHubCommit[]> {
    // Only the list of commits is wanted; a failure here leaves the counts, which are known.
    const reverse = await api.compare({repo, base, head, token});
    return reverse.ok ? reverse.commits : [];
  }

  return {
    name: 'github',

    async repository(up, down) {
      const {upstream, downstream} = await sharedRepository(up, down);
      if (upstream.kind !== 'repo' || downstream.kind !== 'repo') return null;
      return upstream.repo.toLowerCase() === downstream.repo.toLowerCase()
        ? upstream.repo.toLowerCase()
        : null;
    },

    async compare(up, down): Promise<CommitComparison | null> {
      if (up.sha === null || down.sha === null) return null;
      for (const end of [up, down]) {
        if (end.sha !== null && !isSha(end.sha)) {
          return unknownComparison(notAShaReason(end.appName, end.sha), 'github');
        }
      }
      const {upstream, downstream} = await sharedRepository(up, down);
      if (upstream.kind === 'failed') return unknownComparison(upstream.reason, 'github');
      if (downstream.kind === 'failed') return unknownComparison(downstream.reason, 'github');
      if (upstream.kind === 'not-connected' || downstream.kind === 'not-connected') return null;
      if (upstream.repo.toLowerCase() !== downstream.repo.toLowerCase()) {
        return unknownComparison(
          differentRepositories(up.appName, upstream.repo, down.appName, downstream.repo),
          'github',
        );
      }

      const token = ownToken
        ? {kind: 'token' as const, token: ownToken}
        : await kolkrabbi.githubToken();
      if (token.kind === 'failed') return unknownComparison(token.reason, 'github');

      const repo = upstream.repo;
      const forward: CompareResult = await api.compare({
        repo,
        base: down.sha,
        head: up.sha,
        token: token.token,
      });
      if (!forward.ok) {
        const reason = describeGitHubFailure(forward.failure, {
          repo,
          base: down.sha,
          head: up.sha,
          ownToken: ownToken !== null,
        });
        return unknownComparison(reason, 'github');
      }
      const behindCommits =
        forward.wire.behind_by > 0 ? await listOtherSide(repo, up.sha, down.sha, token.token) : [];
      return knownComparison({
        status: forward.wire.status,
        ahead: forward.wire.ahead_by,
        behind: forward.wire.behind_by,
        commits: forward.commits.map(toCommitDetail),
        behindCommits: behindCommits.map(toCommitDetail),
        files: (forward.wire.files ?? []).map(toFileChange),
        compareUrl: readableCompareUrl(safeWebUrl(forward.wire.html_url ?? null)),
        source: 'github',
      });
    },
  };
}
