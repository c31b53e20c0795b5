import {VERSION} from '../shared/version.js';
import {runGit} from './git.js';
import {createGitLabApi, type GitLabApi} from './gitlab-api.js';
import {resolveGitLabUrl} from './gitlab-host.js';
import {gitlabProjectOfRemote, parseGitLabProjects, projectFromSettings} from './gitlab-project.js';
import {createGitLabSource} from './gitlab-source.js';
import type {DiffEndpoint} from './endpoint.js';
import type {DiffSource} from './types.js';

export type GitLabSetup = {
  api: GitLabApi;
  source: DiffSource;
  projectOf(app: {appName: string}): Promise<string | null>;
};

// GitLab is used when GITLAB_TOKEN is set; the project of an app comes from GITLAB_PROJECTS /
// GITLAB_PROJECT, else from the origin remote of the checkout when it is on the GitLab host.
export function gitlabFromEnv(
  env: NodeJS.ProcessEnv,
  options: {repoPath: string | null; timeoutMs?: number},
): GitLabSetup | null {
  const token = env.GITLAB_TOKEN?.trim();
  if (!token) return null;
  const url = resolveGitLabUrl(env);
  const settings = parseGitLabProjects(env);
  const api = createGitLabApi({
    url,
    token,
    http: {userAgent: `pipeline-tui/${VERSION}`, timeoutMs: options.timeoutMs ?? 10_000},
  });
  let fromCheckout: Promise<string | null> | null = null;
  const checkoutProject = () => {
    const repoPath = options.repoPath;
    if (repoPath === null) return Promise.resolve(null);
    fromCheckout ??= runGit(repoPath, ['remote', 'get-url', 'origin']).then((result) =>
      result.ok ? gitlabProjectOfRemote(result.stdout, url.hostname) : null,
    );
    return fromCheckout;
  };
  const projectOf = async (app: {appName: string}) =>
    projectFromSettings(settings, app.appName) ?? (await checkoutProject());
  return {
    api,
    projectOf,
    source: createGitLabSource({api, projectOf: (end: DiffEndpoint) => projectOf(end)}),
  };
}
