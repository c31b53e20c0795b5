import type {Simulator} from '../../source/simulator/index.js';
import {couple, createApp, deployCommit, isoAgo} from '../../source/simulator/builder.js';
import {findApp, findPipeline, runningCommit} from '../../source/simulator/state.js';

// The demo's whitewave pipeline with what the screens at every size must tell the truth
// about: a second production app (whitewave-prod-eu) already running staging's code while
// whitewave-prod is 3 behind it, and a newest staging release that failed (v44: v43 runs).
export function twoTargetsAndAFailedRelease(sim: Simulator): void {
  const state = sim.state;
  const staging = findApp(state, 'whitewave-staging')!;
  const pipeline = findPipeline(state, 'whitewave')!;
  const sha = runningCommit(state, staging)!;
  const eu = createApp(state, {
    name: 'whitewave-prod-eu',
    repo: staging.repo,
    at: isoAgo(state, 600),
    region: 'eu',
  });
  couple(state, pipeline, eu, 'production');
  deployCommit(state, eu, sha, {at: isoAgo(state, 30), userId: state.account.id});
  const [next] = sim.pushCommits('whitewave-staging', 1);
  deployCommit(state, staging, next!, {
    at: isoAgo(state, 5),
    userId: state.account.id,
    status: 'failed',
    failure: 'Build failed',
  });
}
