import type {CommitComparison} from '../board/types.js';
import type {DiffEndpoint} from './endpoint.js';

// Commit comparison between two apps of a pipeline, behind one interface so a new source
// (Heroku's server-side compare) can be added without touching the callers.

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
