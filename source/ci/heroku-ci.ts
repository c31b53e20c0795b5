import {ApiError} from '../heroku/errors.js';
import {describeError} from '../shared/errors.js';
import {isSha} from '../diff/results.js';
import {parseTestRuns} from './mapping.js';
import type {CiSource} from './types.js';

// One list of a pipeline's test runs answers for every commit on the board: the cards on
// screen ask at once, so the list is asked once and shared while it is this fresh.
const SHARE_MS = 10_000;

// Heroku CI's runs of the pipeline. A pipeline without Heroku CI simply has none.
export function createHerokuCiSource(options: {
  testRuns(pipelineId: string): Promise<unknown>;
  now?: () => number;
  shareMs?: number;
}): CiSource {
  const now = options.now ?? Date.now;
  const shareMs = options.shareMs ?? SHARE_MS;
  const lists = new Map<string, {at: number; runs: Promise<unknown>}>();

  function testRuns(pipelineId: string): Promise<unknown> {
    const known = lists.get(pipelineId);
    if (known && now() - known.at < shareMs) return known.runs;
    const runs = options.testRuns(pipelineId);
    lists.set(pipelineId, {at: now(), runs});
    // A failed answer is not kept: the next commit asks again.
    runs.catch(() => {
      if (lists.get(pipelineId)?.runs === runs) lists.delete(pipelineId);
    });
    return runs;
  }

  return {
    name: 'heroku-ci',
    async statusOf(target) {
      if (!isSha(target.sha)) return null;
      let runs: unknown;
      try {
        runs = await testRuns(target.pipelineId);
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
