import {unknownComparison} from '../board/comparisons.js';
import type {CommitComparison} from '../board/types.js';
import {describeError} from '../shared/errors.js';
import type {DiffEndpoint} from './endpoint.js';
import type {DiffService, DiffSource} from './types.js';
import {cannotCompare, comparisonFailed, noCommit} from './reasons.js';
import {knownComparison} from './results.js';

// Enough for every pair of a large pipeline, small enough never to matter for memory.
const MAX_ENTRIES = 500;

export function createDiffService(
  sources: DiffSource[],
  options: {maxEntries?: number} = {},
): DiffService {
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  // Two commits compare the same way for ever, so a known answer is kept; a pending one is
  // shared, so the board and the diff view asking at once cost one request. Failures are
  // dropped: a rate limit or a missing fetch may be over by the next time.
  const cache = new Map<string, Promise<CommitComparison | null>>();

  function remember(key: string, pending: Promise<CommitComparison | null>) {
    cache.set(key, pending);
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    const forget = () => {
      if (cache.get(key) === pending) cache.delete(key);
    };
    pending.then((result) => {
      if (!result || result.status === 'unknown') forget();
    }, forget);
  }

  async function ask(source: DiffSource, up: DiffEndpoint, down: DiffEndpoint) {
    const repository = source.repository
      ? await source.repository(up, down).catch(() => null)
      : null;
    if (repository === null) return source.compare(up, down);
    const key = [source.name, repository, down.sha, up.sha].join('\n');
    const known = cache.get(key);
    if (known) {
      // Most recently used last, so eviction drops the pairs nobody looks at.
      cache.delete(key);
      cache.set(key, known);
      return known;
    }
    const pending = source.compare(up, down);
    remember(key, pending);
    return pending;
  }

  async function compare(up: DiffEndpoint, down: DiffEndpoint): Promise<CommitComparison> {
    if (up.sha === null || down.sha === null) {
      return unknownComparison(
        noCommit({name: up.appName, sha: up.sha}, {name: down.appName, sha: down.sha}),
        'none',
      );
    }
    if (up.sha.toLowerCase() === down.sha.toLowerCase()) {
      return knownComparison({
        ahead: 0,
        behind: 0,
        commits: [],
        behindCommits: [],
        files: [],
        compareUrl: null,
        source: 'none',
      });
    }
    // The first source that knows the answer wins; when every one that tried failed, the
    // first failure is the most telling (GitHub's reason before the local checkout's).
    let firstFailure: CommitComparison | null = null;
    for (const source of sources) {
      let result: CommitComparison | null;
      try {
        result = await ask(source, up, down);
      } catch (error) {
        result = unknownComparison(comparisonFailed(describeError(error)), source.name);
      }
      if (!result) continue;
      if (result.status !== 'unknown') return result;
      firstFailure ??= result.reason ? result : {...result, reason: cannotCompare()};
    }
    return firstFailure ?? unknownComparison(cannotCompare(), 'none');
  }

  return {
    async compare(up, down) {
      try {
        return await compare(up, down);
      } catch (error) {
        return unknownComparison(comparisonFailed(describeError(error)), 'none');
      }
    },
  };
}
