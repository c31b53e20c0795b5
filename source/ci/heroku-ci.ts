import {ApiError} from '../heroku/errors.js';
import {describeError} from '../shared/errors.js';
import {isSha} from '../diff/results.js';
import {parseTestRuns} from './mapping.js';
import type {CiSource} from './types.js';

// Heroku CI's runs of the pipeline. A pipeline without Heroku CI simply has none.
export function createHerokuCiSource(options: {
  testRuns(pipelineId: string): Promise<unknown>;
}): CiSource {
  return {
    name: 'heroku-ci',
    async statusOf(target) {
      if (!isSha(target.sha)) return null;
      let runs: unknown;
      try {
        runs = await options.testRuns(target.pipelineId);
      } catch (error) {
        // A pipeline without Heroku CI has no test runs to show, which is not a failure.
        if (error instanceof ApiError && (error.status === 403 || error.status === 404))
          return null;
        return {
          checks: [],
          reason: `Heroku CI could not be asked: ${describeError(error).replace(/\.$/, '')}.`,
        };
      }
      const checks = parseTestRuns(runs, target.sha);
      return checks.length > 0 ? {checks, reason: null} : null;
    },
  };
}
