import {ConfigError} from '../shared/errors.js';

// Which GitLab project an app's code lives in: a setting, or the local checkout's remote
// when it points at the GitLab host (gitlab.com or the self-managed GITLAB_URL).

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

export function isProjectPath(value: string): boolean {
  const segments = value.split('/');
  return segments.length >= 2 && segments.every((segment) => SEGMENT.test(segment));
}

// "group/subgroup/name" when the remote lives on gitlabHost, else null.
export function gitlabProjectOfRemote(remote: string, gitlabHost: string): string | null {
  const value = remote.trim();
  let host: string;
  let path: string;
  if (/^[a-z+]+:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      host = url.hostname;
      path = url.pathname;
    } catch {
      return null;
    }
  } else {
    const scpLike = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(value);
    if (!scpLike) return null;
    host = scpLike[1] ?? '';
    path = scpLike[2] ?? '';
  }
  const wanted = gitlabHost.toLowerCase().replace(/^www\./, '');
  if (host.toLowerCase().replace(/^www\./, '') !== wanted) return null;
  const project = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return isProjectPath(project) ? project : null;
}

// GITLAB_PROJECTS="app-a=group/project,app-b=group/project": the project per app, for apps
// whose code is on GitLab when no checkout is at hand. GITLAB_PROJECT names one project for
// every app not listed.
export type GitLabProjectSettings = {byApp: Map<string, string>; fallback: string | null};

export function parseGitLabProjects(env: NodeJS.ProcessEnv): GitLabProjectSettings {
  const byApp = new Map<string, string>();
  for (const entry of (env.GITLAB_PROJECTS ?? '').split(',')) {
    if (entry.trim() === '') continue;
    const [app = '', project = ''] = entry.split('=').map((part) => part.trim());
    if (app === '' || !isProjectPath(project)) {
      throw new ConfigError(
        `GITLAB_PROJECTS has "${entry.trim()}"; each entry is APP=group/project, separated by commas.`,
      );
    }
    byApp.set(app, project);
  }
  const fallback = env.GITLAB_PROJECT?.trim() || null;
  if (fallback !== null && !isProjectPath(fallback)) {
    throw new ConfigError(`GITLAB_PROJECT must be a project path like group/project.`);
  }
  return {byApp, fallback};
}

export function projectFromSettings(settings: GitLabProjectSettings, app: string): string | null {
  return settings.byApp.get(app) ?? settings.fallback;
}
