export type {CiAnswer, CiService, CiSource, CiTarget} from './types.js';
export {createCiService} from './service.js';
export {createGitHubCiSource, type GitHubCiOptions} from './github-ci.js';
export {createGitLabCiSource} from './gitlab-ci.js';
export {createHerokuCiSource} from './heroku-ci.js';
