import type {Simulator} from '../../source/simulator/index.js';
import {codeRelease, findApp, runningCommit} from '../../source/simulator/state.js';

// What the simulator knows, for checking the outcome of what a test typed.

function app(sim: Simulator, name: string) {
  const found = findApp(sim.state, name);
  if (!found) throw new Error(`The simulator has no app ${name}.`);
  return found;
}

export function commitRunning(sim: Simulator, name: string): string | null {
  return runningCommit(sim.state, app(sim, name));
}

export function codeReleaseOf(sim: Simulator, name: string): {id: string; version: number} {
  const release = codeRelease(app(sim, name));
  if (!release) throw new Error(`${name} runs no code.`);
  return {id: release.id, version: release.version};
}

export function releaseId(sim: Simulator, name: string, version: number): string {
  const release = app(sim, name).releases.find((r) => r.version === version);
  if (!release) throw new Error(`${name} has no v${version}.`);
  return release.id;
}

// Every config var value of the app, for checking that none is ever drawn.
export function configValues(sim: Simulator, name: string): string[] {
  return Object.values(app(sim, name).configVars);
}

export const posts = (sim: Simulator, path: string | RegExp) =>
  sim.requests.filter(
    (r) => r.method === 'POST' && (typeof path === 'string' ? r.path === path : path.test(r.path)),
  );

export const promotionPosts = (sim: Simulator) => posts(sim, '/pipeline-promotions');

export const rollbackPosts = (sim: Simulator, name: string) =>
  posts(sim, `/apps/${app(sim, name).id}/releases`);

// Any POST at all: cancelling must send none.
export const allPosts = (sim: Simulator) =>
  sim.requests.filter((r) => r.method === 'POST' && !r.path.startsWith('/filters/'));
