import {rolloutSummary, type Rollout} from './rollout.js';
import type {Figures, Verdict} from './verification.js';

// The verification panel's table as text cells: what each figure was before the promotion and
// what it is since.

export type VerificationTarget = {
  app: string;
  before: Figures;
  after: Figures;
  rollout: Rollout | null;
  verdict: Verdict;
};

export type FigureRow = {label: string; before: string; after: string; worse: boolean};

const ms = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);
const share = (f: Figures) =>
  f.requests === 0 ? '-' : `${(f.serverErrorShare * 100).toFixed(1)}%`;
const codes = (f: Figures) =>
  f.hErrors.length === 0 ? 'none' : f.hErrors.map((h) => `${h.code} x${h.count}`).join(' ');

export function figureRows(target: VerificationTarget): FigureRow[] {
  const {before, after} = target;
  return [
    {
      label: 'requests/min',
      before: before.requestsPerMinute.toFixed(0),
      after: after.requestsPerMinute.toFixed(0),
      worse: false,
    },
    {
      label: '5xx share',
      before: share(before),
      after: share(after),
      worse: after.serverErrorShare > before.serverErrorShare,
    },
    {
      label: 'p50 service',
      before: ms(before.p50ServiceMs),
      after: ms(after.p50ServiceMs),
      worse: (after.p50ServiceMs ?? 0) > (before.p50ServiceMs ?? Infinity),
    },
    {
      label: 'p95 service',
      before: ms(before.p95ServiceMs),
      after: ms(after.p95ServiceMs),
      worse: (after.p95ServiceMs ?? 0) > (before.p95ServiceMs ?? Infinity),
    },
    {
      label: 'H errors',
      before: codes(before),
      after: codes(after),
      worse: after.hErrors.length > 0,
    },
  ];
}

export function rolloutText(rollout: Rollout | null): string {
  if (!rollout) return 'dynos unknown';
  // Crashed dynos are named in the summary; "rolling out" is for dynos on another release.
  const moving = rollout.types.some((t) => t.onTarget < t.total || t.restarting.length > 0);
  return `${rolloutSummary(rollout)}${moving ? ' (rolling out)' : ''}`;
}
