import type {SimState} from './state.js';

// CI results and GitLab projects of the simulated world, kept beside SimState so the core
// state stays as it is. Statuses are written the way each service words them.

export type SimCheck = {
  name: string;
  // success / failure / pending (a commit status), or in_progress for a running check run.
  state: 'success' | 'failure' | 'pending' | 'in_progress';
  via: 'status' | 'check-run';
};

export type SimTestRun = {
  id: string;
  number: number;
  pipelineId: string;
  sha: string;
  branch: string;
  status: 'pending' | 'running' | 'succeeded' | 'failed' | 'errored';
  createdAt: string;
};

export type CiWorld = {
  // commit sha -> checks on GitHub (commit statuses and check runs) or GitLab (statuses)
  checks: Map<string, SimCheck[]>;
  // GitLab project path -> key in state.repos
  gitlabProjects: Map<string, string>;
  gitlabToken: string;
  testRuns: SimTestRun[];
};

const worlds = new WeakMap<SimState, CiWorld>();

export function ciWorld(state: SimState): CiWorld {
  let world = worlds.get(state);
  if (!world) {
    world = {checks: new Map(), gitlabProjects: new Map(), gitlabToken: '', testRuns: []};
    worlds.set(state, world);
  }
  return world;
}

export function setChecks(state: SimState, sha: string, checks: SimCheck[]): void {
  ciWorld(state).checks.set(sha, checks);
}
