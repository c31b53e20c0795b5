import type {WireCoupling, WireRelease} from './wire.js';

// Items of the lists the board is built from, checked one by one: Heroku in a partial outage
// can send a coupling without its app or a release without a version. Such an item is left
// out with a note the board shows, never a crash and never a silent null.

const STAGES = new Set(['test', 'review', 'development', 'staging', 'production']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | null {
  if (!isRecord(value)) return null;
  return typeof value.id === 'string' && value.id !== '' ? value.id : null;
}

function couplingProblem(item: unknown): string | null {
  if (!isRecord(item)) return 'not an object';
  if (idOf(item.app) === null) return 'no app';
  if (typeof item.stage !== 'string' || !STAGES.has(item.stage)) return 'no known stage';
  return null;
}

function releaseProblem(item: unknown): string | null {
  if (!isRecord(item)) return 'not an object';
  if (typeof item.id !== 'string' || item.id === '') return 'no id';
  if (typeof item.version !== 'number' || !Number.isInteger(item.version)) return 'no version';
  if (typeof item.status !== 'string') return 'no status';
  if (idOf(item.app) === null) return 'no app';
  return null;
}

function kept<T>(
  list: unknown[],
  problemOf: (item: unknown) => string | null,
  what: string,
  notes: string[],
): T[] {
  const good: T[] = [];
  const problems = new Map<string, number>();
  for (const item of list) {
    const problem = problemOf(item);
    if (problem === null) good.push(item as T);
    else problems.set(problem, (problems.get(problem) ?? 0) + 1);
  }
  for (const [problem, count] of problems) {
    notes.push(`Left out ${count} ${what}${count === 1 ? '' : 's'} from Heroku: ${problem}.`);
  }
  return good;
}

export function checkedCouplings(list: unknown[], notes: string[]): WireCoupling[] {
  return kept<WireCoupling>(list, couplingProblem, 'pipeline coupling', notes);
}

export function checkedReleases(list: unknown[], what: string, notes: string[]): WireRelease[] {
  return kept<WireRelease>(list, releaseProblem, what, notes);
}
