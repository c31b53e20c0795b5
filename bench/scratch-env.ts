import {CLI} from '../test/e2e/build.js';
import {keyPlan, keypressLatencies} from './keys.js';
import {openSession, quiet} from './session.js';
import {summarize} from './stats.js';
for (const mode of ['development(default)', 'production']) {
  if (mode === 'production') process.env.BENCH_CHILD_NODE_ENV = 'production';
  const s = await openSession({cli: CLI, apps: 200, latencyMs: 80, refreshSeconds: 0});
  await quiet(s, 300);
  const lat = await keypressLatencies(s, keyPlan(30));
  console.log(mode, 'board ms', s.cold.boardMs.toFixed(0), 'first', s.cold.firstFrameMs.toFixed(0), 'keys', summarize(lat), 'rss', s.peakRss()?.toFixed(0));
  await s.close();
}
