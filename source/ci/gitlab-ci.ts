import type {GitLabApi, GitLabAnswer} from '../diff/gitlab-api.js';
import {isSha} from '../diff/results.js';
import {parseGitLabPipelines, parseGitLabStatuses} from './mapping.js';
import type {CiSource} from './types.js';

function failure(answer: GitLabAnswer): string | null {
  if (answer.ok) return null;
  const {failure: f} = answer;
  if (f.kind === 'refused-host') return 'The GitLab token only goes to GITLAB_URL over https.';
  if (f.kind === 'network') return `GitLab could not be reached for the CI status: ${f.words}.`;
  if (f.status === 401) return 'GitLab refused GITLAB_TOKEN, so the CI status is unknown.';
  return `GitLab did not show the CI status of this commit (HTTP ${f.status}).`;
}

// The commit's statuses (one per job) or, when none are listed, its newest pipeline.
export function createGitLabCiSource(options: {
  api: GitLabApi;
  projectOf(app: {appName: string}): Promise<string | null>;
}): CiSource {
  return {
    name: 'gitlab',
    async statusOf(target) {
      if (!isSha(target.sha)) return null;
      const project = await options.projectOf(target);
      if (project === null) return null;
      const statuses = await options.api.statuses(project, target.sha);
      const fromStatuses = statuses.ok ? parseGitLabStatuses(statuses.body) : [];
      if (fromStatuses.length > 0) return {checks: fromStatuses, reason: null};
      const pipelines = await options.api.pipelines(project, target.sha);
      const fromPipelines = pipelines.ok ? parseGitLabPipelines(pipelines.body) : [];
      return {
        checks: fromPipelines,
        reason: fromPipelines.length > 0 ? null : (failure(statuses) ?? failure(pipelines)),
      };
    },
  };
}
