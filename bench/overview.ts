import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSimulator} from '../source/simulator/index.js';
import {cliEnvFor} from '../test/e2e/cli-env.js';
import {spawnPty} from '../test/e2e/pty.js';
import {peakRssMiB} from './machine.js';
import {isPlatformRequest} from './rounds.js';
import {nextFrame} from './session.js';
import {ROW_REQUESTS} from '../source/services/overview-load.js';

// The overview against a fleet of pipelines: the built CLI in a pseudo-terminal (120x40),
// the simulator with latency, and the figures the README's targets name.

export type OverviewOptions = {cli: string; pipelines: number; latencyMs: number};

export type OverviewResult = {
  pipelines: number;
  latencyMs: number;
  firstScreenMs: number; // spawn to the first frame whose every row is complete
  rowsOnFirstScreen: number;
  allRowsMs: number; // spawn to the frame that says every row is loaded
  loadRequests: number; // Heroku API requests of the whole load
  budget: number; // what the README allows for it
  requestsPerMinute: number; // over the load, from its first request to its last answer
  idleRequests: number; // one idle refresh (Ctrl-R)
  idleStatuses: Record<string, number>;
  idleConditional: number;
  peakMiB: number | null;
};

const HEADER = /^ {2}PIPELINE /;
const HINTS = /Tab sort/;
// A cell that has not loaded is a lone '…'; a cut word ends in one, right after a letter.
const notLoaded = (line: string) => /(^|\s)…(\s|$)/.test(line.slice(2));

function rowLines(lines: string[]): string[] {
  const start = lines.findIndex((l) => HEADER.test(l));
  const end = lines.findIndex((l) => HINTS.test(l));
  return start < 0 || end < 0 ? [] : lines.slice(start + 1, end).filter((l) => l.trim() !== '');
}

async function until(predicate: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`No ${what} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function benchOverview(options: OverviewOptions): Promise<OverviewResult> {
  const sim = await startSimulator({
    latencyMs: options.latencyMs,
    seed: {fleet: options.pipelines},
  });
  const home = mkdtempSync(join(tmpdir(), 'pipeline-tui-bench-'));
  const env = cliEnvFor({sim, home, configDir: join(home, 'config')});
  const started = performance.now();
  const tui = spawnPty({
    file: process.execPath,
    args: [options.cli, '--refresh', '0'],
    env,
    cols: 120,
    rows: 40,
  });
  try {
    let rowsOnFirstScreen = 0;
    const firstScreen = await nextFrame(
      tui,
      (lines) => {
        const rows = rowLines(lines);
        rowsOnFirstScreen = rows.length;
        return rows.length > 0 && !rows.some(notLoaded);
      },
      60_000,
      'a screenful of complete rows',
    );
    const allRows = await nextFrame(
      tui,
      (lines) => /requests/.test(lines[0] ?? '') && !/ loaded /.test(lines[0] ?? ''),
      300_000,
      'every row loaded',
    );
    await until(() => sim.requests.every((r) => r.endedAt !== 0), 10_000, 'quiet');
    const load = sim.requests.filter(isPlatformRequest);
    const first = Math.min(...load.map((r) => r.startedAt));
    const last = Math.max(...load.map((r) => r.endedAt));

    const mark = sim.requests.length;
    tui.press('\u0012');
    await until(
      () => sim.requests.slice(mark).filter(isPlatformRequest).length >= options.pipelines,
      60_000,
      'idle refresh',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 + options.latencyMs * 4));
    const idle = sim.requests.slice(mark).filter(isPlatformRequest);
    const idleStatuses: Record<string, number> = {};
    for (const r of idle) idleStatuses[r.status] = (idleStatuses[r.status] ?? 0) + 1;
    return {
      pipelines: options.pipelines,
      latencyMs: options.latencyMs,
      firstScreenMs: firstScreen - started,
      rowsOnFirstScreen,
      allRowsMs: allRows - started,
      // The pipeline list and the account are asked once, before the rows.
      loadRequests: load.length,
      budget: ROW_REQUESTS * options.pipelines + 2,
      requestsPerMinute: load.length / Math.max(1e-9, (last - first) / 60_000),
      idleRequests: idle.length,
      idleStatuses,
      idleConditional: idle.filter((r) => r.conditional).length,
      peakMiB: peakRssMiB(tui.pid),
    };
  } finally {
    await tui.kill();
    tui.dispose();
    await sim.close();
    rmSync(home, {recursive: true, force: true});
  }
}

// The Markdown lines of the result, and the targets missed.
export function renderOverview(r: OverviewResult): {text: string; missed: string[]} {
  const missed: string[] = [];
  if (r.firstScreenMs >= 1500) missed.push('first screenful under 1.5 s');
  if (r.loadRequests > r.budget) missed.push(`all rows within ${r.budget} requests`);
  if (r.idleRequests > r.pipelines || (r.idleStatuses['304'] ?? 0) !== r.idleRequests) {
    missed.push('idle refresh: at most one conditional request per pipeline, all 304');
  }
  const statuses = Object.entries(r.idleStatuses)
    .map(([s, n]) => `${n}× ${s}`)
    .join(', ');
  const text = [
    `### Overview: ${r.pipelines} pipelines, ${r.latencyMs} ms latency`,
    '',
    '| | result | target |',
    '|---|---|---|',
    `| first screenful complete (${r.rowsOnFirstScreen} rows) | ${Math.round(r.firstScreenMs)} ms | < 1500 ms |`,
    `| every row loaded | ${Math.round(r.allRowsMs)} ms | |`,
    `| Heroku requests of the load | ${r.loadRequests} | ≤ ${r.budget} |`,
    `| requests per minute during the load | ${Math.round(r.requestsPerMinute)} | |`,
    `| idle refresh | ${r.idleRequests} requests (${r.idleConditional} conditional): ${statuses} | ≤ ${r.pipelines}, all 304 |`,
    `| peak memory | ${r.peakMiB === null ? 'n/a' : `${r.peakMiB.toFixed(1)} MiB`} | |`,
    '',
  ].join('\n');
  return {text, missed};
}
