import {shortSha} from '../shared/short-sha.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {GitLabFailure} from './gitlab-api.js';

// One sentence per GitLab failure; project paths and messages come from outside.
const clean = (value: string) => sanitizeText(value);

export function differentGitLabProjects(upApp: string, up: string, downApp: string, down: string) {
  return `${clean(upApp)} deploys from GitLab project ${clean(up)} and ${clean(downApp)} from ${clean(down)}: different projects cannot be compared.`;
}

export function gitlabUnreadable(): string {
  return 'GitLab answered with a compare result that could not be read.';
}

export function describeGitLabFailure(
  failure: GitLabFailure,
  context: {project: string; base: string; head: string},
): string {
  const project = clean(context.project);
  if (failure.kind === 'refused-host') {
    return 'The GitLab request was not sent: the GitLab token only goes to GITLAB_URL over https.';
  }
  if (failure.kind === 'network') return `GitLab could not be reached: ${failure.words}.`;
  const {status, message} = failure;
  if (status === 401) {
    return 'GitLab refused GITLAB_TOKEN (HTTP 401): check that it is valid and not expired.';
  }
  if (status === 403) {
    return `GitLab denied access to ${project} (HTTP 403): GITLAB_TOKEN needs the read_api scope on it.`;
  }
  if (status === 429) return "GitLab's API rate limit is used up; try again in a minute.";
  if (status === 404 && /project/i.test(message)) {
    return `GitLab has no project ${project} that GITLAB_TOKEN can see (HTTP 404).`;
  }
  if (status === 404) {
    return `GitLab cannot find commit ${shortSha(context.head)} or ${shortSha(context.base)} in ${project}: it may have been force-pushed away.`;
  }
  return `GitLab answered HTTP ${status} to the compare request.`;
}
