// The diff layer as its callers see it. Modules inside diff/ import ./endpoint.js and
// ./types.js, never this file, so that nothing loops back through it.
export {endpointOf, type DiffEndpoint} from './endpoint.js';
export type {DiffService, DiffSource} from './types.js';
export {createGitHubSource, type GitHubSourceOptions} from './github-source.js';
export {createLocalGitSource} from './local-git-source.js';
export {createDiffService} from './service.js';
export {createGitLabSource, type GitLabSourceOptions} from './gitlab-source.js';
export {createGitLabApi, type GitLabApi} from './gitlab-api.js';
