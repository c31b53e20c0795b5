import {ciStatusOf, isSettled, NO_CI, type CiStatus} from '../board/ci-status.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {CiService, CiSource, CiTarget} from './types.js';

// A finished run's status is final, so it is kept by commit for the session; a running or
// missing one is asked again once it is older than this.
const REVALIDATE_MS = 30_000;
const MAX_ENTRIES = 500;

type Entry = {pending: Promise<CiStatus>; at: number};

export function createCiService(
  sources: CiSource[],
  options: {now?: () => number; revalidateMs?: number} = {},
): CiService {
  const now = options.now ?? Date.now;
  const revalidateMs = options.revalidateMs ?? REVALIDATE_MS;
  const cache = new Map<string, Entry>();

  async function ask(target: CiTarget & {sha: string}): Promise<CiStatus> {
    const answers = await Promise.all(
      sources.map((source) =>
        source
          .statusOf(target)
          .catch(() => ({checks: [], reason: `${source.name} could not be asked.`})),
      ),
    );
    const given = answers.filter((answer) => answer !== null);
    const checks = given.flatMap((answer) => answer.checks);
    const reason = checks.length > 0 ? null : (given.find((a) => a.reason)?.reason ?? null);
    return ciStatusOf(checks, reason === null ? null : sanitizeText(reason));
  }

  return {
    async statusOf(target) {
      const sha = target.sha?.toLowerCase() ?? null;
      if (sha === null) return NO_CI;
      // Heroku CI's runs belong to a pipeline; the same commit is the same everywhere else.
      const key = `${target.pipelineId}\n${sha}`;
      const known = cache.get(key);
      if (known) {
        const settled = await known.pending.then(isSettled, () => false);
        if (settled || now() - known.at < revalidateMs) return known.pending;
      }
      const pending = ask({...target, sha}).catch(() => NO_CI);
      cache.set(key, {pending, at: now()});
      while (cache.size > MAX_ENTRIES) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return pending;
    },
  };
}
