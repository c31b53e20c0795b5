// The CI status of one commit, whichever service ran it. Unknown is never passed: a commit
// nobody reported on, or a service that could not be asked, is `none`.

export type CiState = 'passed' | 'failed' | 'running' | 'none';

export type CiSourceName = 'github' | 'gitlab' | 'heroku-ci';

export type CiCheck = {
  name: string; // sanitised
  state: CiState;
  url: string | null;
  source: CiSourceName;
};

export type CiStatus = {
  state: CiState;
  checks: CiCheck[];
  // Why the state is `none` when a service was asked and could not answer; one sentence.
  reason: string | null;
};

export const NO_CI: CiStatus = {state: 'none', checks: [], reason: null};

// Any failure fails the commit; anything still going keeps it running; passed only when
// every check passed. A check in a state nobody knows leaves the commit `none`.
export function combinedState(checks: readonly CiCheck[]): CiState {
  if (checks.length === 0) return 'none';
  if (checks.some((check) => check.state === 'failed')) return 'failed';
  if (checks.some((check) => check.state === 'running')) return 'running';
  return checks.every((check) => check.state === 'passed') ? 'passed' : 'none';
}

export function ciStatusOf(checks: CiCheck[], reason: string | null = null): CiStatus {
  return {state: combinedState(checks), checks, reason};
}

// Whether the answer can change: a finished run is final, a running or missing one is not.
export function isSettled(status: CiStatus): boolean {
  return status.state === 'passed' || status.state === 'failed';
}

// The short mark a card or a line of text shows.
export function ciMark(state: CiState): string {
  switch (state) {
    case 'passed':
      return 'CI passed';
    case 'failed':
      return 'CI failed';
    case 'running':
      return 'CI running';
    case 'none':
      return 'no CI status';
  }
}

// What the screens and commands may ask about CI (part of the services contract).
export type CiServices = {
  // The CI status of the commit the app runs; `none` when nothing is known.
  ciStatus(
    app: {id: string; name: string; commit: {sha: string} | null},
    pipelineId: string,
  ): Promise<CiStatus>;
};
