import {existsSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {CLI} from '../test/e2e/build.js';
import {killAllPtys} from '../test/e2e/pty.js';
import {findCli, removeCli, timeHerokuCliOnce, type HerokuCli} from './heroku-cli.js';
import {buildLimitClient, timeLimitOnce} from './limit.js';
import {heldKeyLatencies, keyPlan, keypressLatencies} from './keys.js';
import {cpuMs, describeMachine} from './machine.js';
import {timeStatusOnce} from './status-run.js';
import {longSession, type LongSession} from './long-session.js';
import {render, type PairedSize, type Results} from './report.js';
import {bursts, isPlatformRequest} from './rounds.js';
import {benchOverview, renderOverview} from './overview.js';
import type {SimRequest} from '../source/simulator/index.js';
import {openSession, quiet, type BenchSession, type ColdStart} from './session.js';

// npm run bench [-- --runs N --apps N --latency MS --keys N --idle N --node-env NAME]
// Runs the built CLI in a pseudo-terminal against the simulator and prints the numbers,
// the targets and the machine; exits 1 when a target is missed.

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    apps: {type: 'string', default: '200'},
    latency: {type: 'string', default: '80'},
    keys: {type: 'string', default: '30'},
    idle: {type: 'string', default: '3'},
    // Pipelines of these sizes too: cold start paired with the official CLI and the limit.
    'pair-apps': {type: 'string', default: '7,160'},
    // The length of the session that the peak memory is read over, in seconds (0: none).
    session: {type: 'string', default: '180'},
    // Runs the program with this NODE_ENV (default: as installed, i.e. unset).
    'node-env': {type: 'string'},
  },
});
const runs = Number(values.runs);
const apps = Number(values.apps);
const latencyMs = Number(values.latency);
const keySteps = Number(values.keys);
const idlePerRun = Number(values.idle);
const pairSizes = values['pair-apps']
  .split(',')
  .filter((size) => size.trim() !== '')
  .map(Number);
const sessionSeconds = Number(values.session);

// Cold starts of a pipeline of `size` apps, each followed on its simulator by the official
// CLI, the bare client of the physical limit and the program's `status` of the pipeline.
async function pairedAt(
  size: number,
  cli: HerokuCli | null,
  limitScript: string,
  options: {cli: string; latencyMs: number; env?: Record<string, string>},
): Promise<PairedSize> {
  const result: PairedSize = {apps: size, cold: [], limit: [], pairs: [], status: []};
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`${size} apps, run ${run}/${runs}… `);
    const session = await openSession({...options, apps: size, refreshSeconds: 0});
    try {
      result.cold.push(session.cold);
      await quiet(session, 300);
      if (cli)
        result.pairs.push({
          ours: session.cold.boardMs,
          theirs: await timeHerokuCliOnce(cli, session.sim),
        });
      result.limit.push(await timeLimitOnce(limitScript, session.sim));
      result.status.push(await timeStatusOnce(options.cli, session.sim, session.home));
    } finally {
      await session.close();
    }
  }
  process.stderr.write('done\n');
  return result;
}

// The statuses of `count` idle refreshes, and the CPU time the program spent per refresh
// over `count` more (from the start of one refresh to the start of the one `count` later).
async function idleRefreshes(
  session: BenchSession,
  count: number,
): Promise<{statuses: number[][]; cpuPerRefresh: number | null; ciRequests: number}> {
  const deadline = Date.now() + 60_000;
  // Once the board is drawn it asks Heroku CI for the cards' test runs (one request): part
  // of the load, left before the first auto-refresh, and counted apart.
  const afterBoard = () =>
    bursts(session.sim.requests.slice(session.boardMark).filter(isPlatformRequest), 400);
  const isCiOnly = (group: SimRequest[]) => group.every((r) => r.path.endsWith('/test-runs'));
  const refreshes = () => {
    const groups = afterBoard();
    let first = 0;
    while (first < groups.length - 1 && isCiOnly(groups[first]!)) first += 1;
    return groups.slice(first);
  };
  const waitFor = async (enough: number) => {
    for (;;) {
      // A burst is complete once the next one has started.
      const groups = refreshes();
      if (groups.length >= enough) return groups;
      if (Date.now() > deadline) throw new Error('Too few auto-refreshes within a minute.');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const groups = await waitFor(count + 1);
  const cpuBefore = cpuMs(session.tui.pid);
  await waitFor(groups.length + count);
  const cpuAfter = cpuMs(session.tui.pid);
  const all = afterBoard();
  const ciRequests = all.slice(0, all.length - refreshes().length).flat().length;
  return {
    statuses: groups.slice(0, count).map((group) => group.map((r) => r.status)),
    cpuPerRefresh: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / count,
    ciRequests,
  };
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first.`);
  const machine = describeMachine();
  const cold: ColdStart[] = [];
  const warm: ColdStart[] = [];
  const idle: number[][] = [];
  const idleCpu: number[] = [];
  const ciAfterBoard: number[] = [];
  const keys: number[] = [];
  const memory: number[] = [];
  const held: number[] = [];
  const limit: number[] = [];
  // Each run of the product paired with a run of the official CLI on the same simulator.
  const pairs: Array<{ours: number; theirs: number}> = [];
  const found = await findCli();
  const cli: HerokuCli | null = 'skipped' in found ? null : found;
  let cliFailure: string | null = null;
  const limitScript = await buildLimitClient();
  const nodeEnv = values['node-env'];
  const options = {cli: CLI, apps, latencyMs, env: nodeEnv ? {NODE_ENV: nodeEnv} : undefined};

  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`run ${run}/${runs}: cold start and idle refreshes… `);
    const refreshing = await openSession({...options, refreshSeconds: 1});
    try {
      cold.push(refreshing.cold);
      const refreshed = await idleRefreshes(refreshing, idlePerRun);
      idle.push(...refreshed.statuses);
      if (refreshed.cpuPerRefresh !== null) idleCpu.push(refreshed.cpuPerRefresh);
      ciAfterBoard.push(refreshed.ciRequests);
      const rss = refreshing.peakRss();
      if (rss !== null) memory.push(rss);
      // The same person launching again: the settings the first launch left name the pipeline.
      process.stderr.write('warm start… ');
      await refreshing.tui.kill();
      const again = await openSession({...options, refreshSeconds: 0, after: refreshing});
      try {
        warm.push(again.cold);
      } finally {
        await again.close();
      }
    } finally {
      await refreshing.close();
    }

    process.stderr.write('cold start and key presses… ');
    const still = await openSession({...options, refreshSeconds: 0});
    try {
      cold.push(still.cold);
      await quiet(still, 300);
      // Interleaved on this simulator: the official CLI right after the product, then the
      // bare client of the physical limit.
      if (cli && cliFailure === null) {
        process.stderr.write('heroku pipelines:info… ');
        try {
          pairs.push({ours: still.cold.boardMs, theirs: await timeHerokuCliOnce(cli, still.sim)});
        } catch (error) {
          cliFailure = error instanceof Error ? error.message : String(error);
        }
      }
      process.stderr.write('physical limit… ');
      limit.push(await timeLimitOnce(limitScript, still.sim));
      await quiet(still, 300);
      keys.push(...(await keypressLatencies(still, keyPlan(keySteps))));
      // Held keys, down the long review column and back up it.
      still.tui.press('h', 'h');
      await quiet(still, 300);
      held.push(...(await heldKeyLatencies(still, 'j', 40)));
      held.push(...(await heldKeyLatencies(still, 'k', 40)));
      const rss = still.peakRss();
      if (rss !== null) memory.push(rss);
    } finally {
      await still.close();
    }
    process.stderr.write('done\n');
  }

  const sizes: PairedSize[] = [];
  for (const size of pairSizes) {
    sizes.push(await pairedAt(size, cliFailure === null ? cli : null, limitScript, options));
  }
  let long: LongSession | null = null;
  if (sessionSeconds > 0) {
    process.stderr.write(`a ${sessionSeconds} s session with keys and refreshes… `);
    long = await longSession({...options, apps}, sessionSeconds);
    process.stderr.write('done\n');
  }
  if (cli) await removeCli(cli);
  const heroku: Results['heroku'] = !cli
    ? {kind: 'skipped', reason: (found as {skipped: string}).skipped}
    : cliFailure !== null
      ? {kind: 'failed', path: cli.path, message: cliFailure}
      : {
          kind: 'measured',
          path: cli.path,
          version: cli.version,
          runsMs: pairs.map((p) => p.theirs),
        };

  const results: Results = {
    machine,
    apps,
    latencyMs,
    runs,
    cold,
    warm,
    idle,
    idleCpu,
    ciAfterBoard,
    sizes,
    long,
    keys,
    memory,
    heroku,
    pairs,
    limit,
    held,
  };
  const {text, missed} = render(results, process.argv.slice(2));
  process.stdout.write(text);
  // The pipeline overview against a fleet of 230 pipelines, once (see bench/overview.ts).
  process.stderr.write('overview of 230 pipelines… ');
  const overview = renderOverview(await benchOverview({cli: CLI, pipelines: 230, latencyMs}));
  process.stderr.write('done\n');
  process.stdout.write(`\n${overview.text}`);
  return missed.length + overview.missed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(
    `\nThe benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
} finally {
  await killAllPtys();
}
