import type {AppCard, CommitComparison} from '../board/types.js';

// Commit comparison between two apps of a pipeline, behind one interface so a new source
// (Heroku's server-side compare) can be added without touching the callers.

export type DiffEndpoint = {appId: string; appName: string; sha: string | null};

// An app as a diff source sees it: by default at the commit its card says it runs.
export function endpointOf(
  app: AppCard,
  sha: string | null = app.commit?.sha ?? null,
): DiffEndpoint {
  return {appId: app.id, appName: app.name, sha};
}

export interface DiffSource {
  readonly name: 'github' | 'gitlab' | 'local-git';
  // null = this source cannot answer for these apps (e.g. not connected to GitHub / no local
  // checkout): try the next one.
  compare(upstream: DiffEndpoint, downstream: DiffEndpoint): Promise<CommitComparison | null>;
  // The repository both apps' commits live in, as this source names it; null when unknown.
  // The service caches answers by (source, repository, base, head).
  repository?(upstream: DiffEndpoint, downstream: DiffEndpoint): Promise<string | null>;
}

export type DiffService = {
  // Never throws: every failure is status 'unknown' with a one-sentence reason.
  compare(upstream: DiffEndpoint, downstream: DiffEndpoint): Promise<CommitComparison>;
};

export {createGitHubSource, type GitHubSourceOptions} from './github-source.js';
export {createLocalGitSource} from './local-git-source.js';
export {createDiffService} from './service.js';
export {createGitLabSource, type GitLabSourceOptions} from './gitlab-source.js';
export {createGitLabApi, type GitLabApi} from './gitlab-api.js';
