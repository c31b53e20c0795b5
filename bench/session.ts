import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSimulator, type Simulator} from '../source/simulator/index.js';
import type {SimRequest} from '../source/simulator/index.js';
import {codeRelease} from '../source/simulator/state.js';
import {cliEnvFor} from '../test/e2e/cli-env.js';
import {spawnPty, type PtySession} from '../test/e2e/pty.js';
import {boardShown} from '../test/e2e/screen.js';
import {peakRssMiB} from './machine.js';
import {countRounds, isPlatformRequest} from './rounds.js';

// One run of the real binary in a pseudo-terminal against a simulator with latency.

export const PIPELINE = 'bigco';

export type BenchOptions = {
  cli: string;
  apps: number;
  latencyMs: number;
  refreshSeconds: number;
  // Extra environment for the program, e.g. NODE_ENV to compare React's builds.
  env?: Record<string, string>;
  // Node options before the program's path, e.g. V8 heap flags to compare.
  nodeArgs?: string[];
  // The simulator and home folder of an earlier session, for a launch that finds the
  // settings that one left (a warm start); that session's close() ends them.
  after?: BenchSession;
};

export type ColdStart = {
  firstFrameMs: number; // spawn to the first frame on screen
  boardMs: number; // spawn to the frame of the complete board
  platformRequests: number; // Heroku API requests of the load
  otherRequests: number; // GitHub integration and compare requests before the board was drawn
  rounds: number; // sequential round trips of the Heroku API requests
  apiMs: number; // from the first Heroku API request to the last answer of the load
  // Apps whose running commit had reached the program (a slug, or the build of that slug).
  commitsKnown: number;
  commitsExpected: number;
  cardsOnScreen: number;
  cardsWithSha: number;
};

export type BenchSession = {
  sim: Simulator;
  home: string;
  tui: PtySession;
  cold: ColdStart;
  // Index in sim.requests where the board was drawn.
  boardMark: number;
  peakRss(): number | null;
  close(): Promise<void>;
};

// Resolves at the first complete frame that satisfies the predicate, with its arrival time.
export function nextFrame(
  tui: PtySession,
  predicate: (lines: string[]) => boolean,
  timeoutMs: number,
  what: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(`No frame with ${what} within ${timeoutMs} ms. Screen:\n${tui.screenText()}`),
      );
    }, timeoutMs);
    const stop = tui.onFrame((arrivedAt) => {
      if (!predicate(tui.screen())) return;
      clearTimeout(timer);
      stop();
      resolve(arrivedAt);
    });
  });
}

// Every card has one line that starts with its short SHA; a card without a known commit has none.
function cardCounts(lines: string[]): {cards: number; withSha: number} {
  const text = lines.join('\n');
  const cards = (text.match(/[╭┏]/g) ?? []).length;
  const withSha = (text.match(/[│┃][0-9a-f]{7} /g) ?? []).length;
  return {cards, withSha};
}

// The slug each app of the pipeline runs, by app id.
function runningSlugs(sim: Simulator): Map<string, string> {
  const pipeline = sim.state.pipelines.find((p) => p.name === PIPELINE);
  const appIds = new Set(
    sim.state.couplings.filter((c) => c.pipelineId === pipeline?.id).map((c) => c.appId),
  );
  const slugs = new Map<string, string>();
  for (const app of sim.state.apps) {
    const slug = appIds.has(app.id) ? codeRelease(app)?.slugId : null;
    if (slug) slugs.set(app.id, slug);
  }
  return slugs;
}

// Slugs whose commit the program had been told by the time of the frame: each slug it
// fetched, and, once the pipeline's latest builds were answered, the slug of every
// succeeded one (a build's source version is its slug's commit).
function disclosedSlugs(sim: Simulator, answered: SimRequest[]): Set<string> {
  const slugs = new Set<string>();
  for (const request of answered) {
    const slug = /\/slugs\/([^/?]+)/.exec(request.path)?.[1];
    if (slug) slugs.add(slug);
    if (!/\/pipelines\/[^/]+\/latest-builds$/.test(request.path)) continue;
    for (const app of sim.state.apps) {
      const build = app.builds.at(-1);
      if (build?.status === 'succeeded' && build.slugId) slugs.add(build.slugId);
    }
  }
  return slugs;
}

export async function openSession(options: BenchOptions): Promise<BenchSession> {
  const owns = !options.after;
  const sim =
    options.after?.sim ??
    (await startSimulator({
      latencyMs: options.latencyMs,
      seed: {largePipeline: {apps: options.apps}},
    }));
  const home = options.after?.home ?? mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-'));
  const env = cliEnvFor({sim, home, configDir: join(home, 'config'), extra: options.env});
  const spawnMark = sim.requests.length;
  const started = performance.now();
  const tui = spawnPty({
    file: process.execPath,
    args: [
      ...(options.nodeArgs ?? []),
      options.cli,
      PIPELINE,
      '--refresh',
      String(options.refreshSeconds),
    ],
    env,
    cols: 120,
    rows: 40,
  });
  const close = async () => {
    await tui.kill();
    tui.dispose();
    if (!owns) return;
    await sim.close();
    rmSync(home, {recursive: true, force: true});
  };
  try {
    const firstFrame = nextFrame(tui, () => true, 30_000, 'anything');
    const board = nextFrame(tui, (lines) => boardShown(lines.join('\n')), 60_000, 'the board');
    const firstFrameAt = await firstFrame;
    const boardAt = await board;
    const boardWallClock = Date.now() - (performance.now() - boardAt);
    const boardMark = sim.requests.length;
    const load = sim.requests.slice(spawnMark).filter((r) => r.startedAt <= boardWallClock);
    const platform = load.filter(isPlatformRequest);
    const answered = platform.filter((r) => r.status === 200 && r.endedAt <= boardWallClock);
    const disclosed = disclosedSlugs(sim, answered);
    const running = [...runningSlugs(sim).values()];
    const cards = cardCounts(tui.screen());
    const cold: ColdStart = {
      firstFrameMs: firstFrameAt - started,
      boardMs: boardAt - started,
      platformRequests: platform.length,
      otherRequests: load.length - platform.length,
      rounds: countRounds(platform),
      apiMs:
        Math.max(...platform.map((r) => r.endedAt)) - Math.min(...platform.map((r) => r.startedAt)),
      commitsKnown: running.filter((slug) => disclosed.has(slug)).length,
      commitsExpected: running.length,
      cardsOnScreen: cards.cards,
      cardsWithSha: cards.withSha,
    };
    return {sim, home, tui, cold, boardMark, peakRss: () => peakRssMiB(tui.pid), close};
  } catch (error) {
    await close();
    throw error;
  }
}

// Waits until nothing is in flight and nothing was asked or drawn for `quietMs`.
export async function quiet(session: BenchSession, quietMs: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let lastFrame = Date.now();
  const stop = session.tui.onFrame(() => (lastFrame = Date.now()));
  try {
    for (;;) {
      const requests = session.sim.requests;
      const busy = requests.some((r) => r.endedAt === 0);
      const lastRequest = Math.max(0, ...requests.slice(-50).map((r) => r.endedAt));
      const idleSince = Math.max(lastFrame, lastRequest);
      if (!busy && Date.now() - idleSince >= quietMs) return;
      if (Date.now() > deadline) throw new Error('The board never went quiet.');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    stop();
  }
}
