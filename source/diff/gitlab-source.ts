import {unknownComparison} from '../board/comparisons.js';
import type {CommitComparison} from '../board/types.js';
import type {GitLabApi} from './gitlab-api.js';
import {parseGitLabCompare} from './gitlab-mapping.js';
import {
  describeGitLabFailure,
  differentGitLabProjects,
  gitlabUnreadable,
} from './gitlab-reasons.js';
import type {DiffEndpoint} from './endpoint.js';
import type {DiffSource} from './types.js';
import {notAShaReason} from './reasons.js';
import {readableCompareUrl} from './remote-url.js';
import {isSha, knownComparison} from './results.js';

export type GitLabSourceOptions = {
  api: GitLabApi;
  // The GitLab project ("group/name") an app deploys from, or null when not on GitLab.
  projectOf(endpoint: DiffEndpoint): Promise<string | null>;
};

// Commit comparison through GitLab's compare API, with no checkout needed. GitLab's compare
// gives what `to` has since the merge base, so asking both ways gives ahead and behind.
export function createGitLabSource(options: GitLabSourceOptions): DiffSource {
  const {api} = options;

  async function projects(up: DiffEndpoint, down: DiffEndpoint) {
    const [upstream, downstream] = await Promise.all([
      options.projectOf(up),
      options.projectOf(down),
    ]);
    return {upstream, downstream};
  }

  function compareLink(project: string, base: string, head: string): string {
    return readableCompareUrl(new URL(`${project}/-/compare/${base}...${head}`, api.webUrl).href);
  }

  return {
    name: 'gitlab',

    async repository(up, down) {
      const {upstream, downstream} = await projects(up, down);
      return upstream !== null && upstream === downstream ? upstream.toLowerCase() : null;
    },

    async compare(up, down): Promise<CommitComparison | null> {
      if (up.sha === null || down.sha === null) return null;
      const {upstream, downstream} = await projects(up, down);
      if (upstream === null || downstream === null) return null;
      for (const end of [up, down]) {
        if (end.sha !== null && !isSha(end.sha)) {
          return unknownComparison(notAShaReason(end.appName, end.sha), 'gitlab');
        }
      }
      if (upstream.toLowerCase() !== downstream.toLowerCase()) {
        return unknownComparison(
          differentGitLabProjects(up.appName, upstream, down.appName, downstream),
          'gitlab',
        );
      }
      const context = {project: upstream, base: down.sha, head: up.sha};
      const [forward, backward] = await Promise.all([
        api.compare(upstream, down.sha, up.sha),
        api.compare(upstream, up.sha, down.sha),
      ]);
      if (!forward.ok)
        return unknownComparison(describeGitLabFailure(forward.failure, context), 'gitlab');
      if (!backward.ok)
        return unknownComparison(describeGitLabFailure(backward.failure, context), 'gitlab');
      const ahead = parseGitLabCompare(forward.body);
      const behind = parseGitLabCompare(backward.body);
      if (!ahead || !behind) return unknownComparison(gitlabUnreadable(), 'gitlab');
      // Two different commits with nothing between them either way: one of them is not in
      // the project (some GitLab versions answer an unknown ref with an empty compare).
      if (ahead.commits.length === 0 && behind.commits.length === 0) {
        return unknownComparison(
          describeGitLabFailure(
            {kind: 'status', status: 404, message: 'Commit Not Found'},
            context,
          ),
          'gitlab',
        );
      }
      return knownComparison({
        ahead: ahead.commits.length,
        behind: behind.commits.length,
        commits: ahead.commits,
        behindCommits: behind.commits,
        files: ahead.commits.length > 0 ? ahead.files : [],
        // GitLab's own link when it gives one; the layout every GitLab version serves otherwise.
        compareUrl: ahead.webUrl
          ? readableCompareUrl(ahead.webUrl)
          : compareLink(upstream, down.sha, up.sha),
        source: 'gitlab',
      });
    },
  };
}
