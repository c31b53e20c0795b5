import type {DiffEndpoint} from '../../source/diff/index.js';
import type {Simulator} from '../../source/simulator/index.js';

// The commit an app of the simulator runs: its newest succeeded release that carries code.
export function runningSha(sim: Simulator, name: string): string {
  const app = sim.state.apps.find((a) => a.name === name);
  if (!app) throw new Error(`no app ${name} in the simulator`);
  for (const release of [...app.releases].reverse()) {
    if (release.status !== 'succeeded') continue;
    if (release.runningSlugId) {
      const commit = sim.state.slugs.get(release.runningSlugId)?.commit;
      if (commit) return commit;
    }
    if (release.runningOciImageId) {
      const commit = sim.state.ociImages.get(release.runningOciImageId)?.commit;
      if (commit) return commit;
    }
  }
  throw new Error(`${name} runs no commit`);
}

export function endpoint(sim: Simulator, name: string, sha?: string | null): DiffEndpoint {
  return {
    appId: sim.appId(name),
    appName: name,
    sha: sha === undefined ? runningSha(sim, name) : sha,
  };
}

export function compareRequests(sim: Simulator) {
  return sim.requests.filter((r) => r.path.includes('/compare/'));
}
