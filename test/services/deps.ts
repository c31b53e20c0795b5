import {createDiffService, createGitHubSource} from '../../source/diff/index.js';
import {HerokuClient} from '../../source/heroku/client.js';
import type {ServicesDeps} from '../../source/services/deps.js';
import type {Simulator} from '../../source/simulator/index.js';

// What createServices needs, against a simulator: a client that does not retry (unless the
// test brings its own), the GitHub integration as the diff source, no browser, no memory.
export function depsFor(sim: Simulator, overrides: Partial<ServicesDeps> = {}): ServicesDeps {
  return {
    client: new HerokuClient({
      apiUrl: sim.url,
      token: sim.token,
      retry: {limit: 0, baseDelayMs: 1},
    }),
    diff: createDiffService([
      createGitHubSource({
        kolkrabbiUrl: new URL(sim.kolkrabbiUrl),
        githubApiUrl: new URL(sim.githubUrl),
        herokuToken: sim.token,
      }),
    ]),
    openUrl: async () => undefined,
    memory: {get: () => null, idNamed: () => null, set: () => undefined},
    ...overrides,
  };
}
