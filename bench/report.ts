import type {HerokuCliResult} from './heroku-cli.js';
import type {LongSession} from './long-session.js';
import type {Machine} from './machine.js';
import type {ColdStart} from './session.js';
import {median, summarize, type Summary} from './stats.js';

// The benchmark's table, in Markdown so it can go into the README as it is printed.

export type Results = {
  machine: Machine;
  apps: number;
  latencyMs: number;
  runs: number;
  cold: ColdStart[];
  warm: ColdStart[]; // launches that found the pipeline remembered from the launch before
  idle: number[][]; // statuses of each idle refresh's requests
  idleCpu: number[]; // CPU ms of the program per idle refresh, one value per run
  ciAfterBoard: number[]; // Heroku CI requests once the board was drawn, before the first refresh
  keys: number[];
  memory: number[];
  heroku: HerokuCliResult;
  // Each --refresh 0 cold start of the product with the official CLI run right after it.
  pairs: Array<{ours: number; theirs: number}>;
  limit: number[]; // the bare client's spawn to exit, ms (bench/limit-client.tsx)
  held: number[]; // a key held at auto-repeat pace, press to the next frame, ms
  sizes: PairedSize[];
  long: LongSession | null;
};

// Cold starts of a pipeline of another size, each paired with the official CLI and the limit.
export type PairedSize = {
  apps: number;
  cold: ColdStart[];
  limit: number[];
  pairs: Array<{ours: number; theirs: number}>;
  status: number[]; // `pipeline-tui status PIPELINE`, spawn to exit, ms
};

type Row = {measure: string; summary: Summary; unit: string; target: string; ok: boolean | null};

const fmt = (value: number, unit: string) =>
  Number.isNaN(value)
    ? 'n/a'
    : unit === 'ms' || unit === 'MiB'
      ? value.toFixed(0)
      : unit === 'x'
        ? value.toFixed(2)
        : String(value);

function line(row: Row, withP95: boolean): string {
  const s = row.summary;
  const cells = [
    row.measure,
    fmt(s.min, row.unit),
    fmt(s.median, row.unit),
    withP95 ? fmt(s.p95, row.unit) : '',
    fmt(s.max, row.unit),
    row.target,
    row.ok === null ? '' : row.ok ? 'met' : '**missed**',
  ];
  return `| ${cells.join(' | ')} |`;
}

export function render(results: Results, argv: string[]): {text: string; missed: string[]} {
  const {cold, idle, keys, memory, latencyMs} = results;
  const boardMs = summarize(cold.map((c) => c.boardMs));
  const limit = summarize(results.limit);
  const budgetMs = 1.25 * limit.median;
  const ratios = summarize(results.pairs.map((p) => p.ours / p.theirs));
  const held = summarize(results.held);
  const rounds = summarize(cold.map((c) => c.rounds));
  const idleCounts = summarize(idle.map((statuses) => statuses.length));
  const idleAll304 = idle.every((statuses) => statuses.every((s) => s === 304));
  const keySummary = summarize(keys);
  const memorySummary = summarize(memory);
  const complete = [...cold, ...results.warm].every(
    (c) => c.commitsKnown === c.commitsExpected && c.cardsWithSha === c.cardsOnScreen,
  );

  const rows: Row[] = [
    {
      measure: '(a) cold start to a complete board, ms',
      summary: boardMs,
      unit: 'ms',
      target: `≤ ${budgetMs.toFixed(0)} (1.25 × the physical limit)`,
      ok: boardMs.median <= budgetMs && complete,
    },
    {
      measure: '    physical limit: bare Node, the 3 rounds, one Ink frame, ms',
      summary: limit,
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '    board / physical limit (medians)',
      summary: summarize(Number.isNaN(limit.median) ? [] : [boardMs.median / limit.median]),
      unit: 'x',
      target: '≤ 1.25',
      ok: boardMs.median <= budgetMs,
    },
    {
      measure: '    official CLI `heroku pipelines:info`, ms',
      summary: summarize(results.pairs.map((p) => p.theirs)),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '    paired ratio, board / pipelines:info',
      summary: ratios,
      unit: 'x',
      target: '≤ 0.35',
      ok: results.pairs.length === 0 ? null : ratios.median <= 0.35,
    },
    {
      measure: '    spawn to first frame, ms',
      summary: summarize(cold.map((c) => c.firstFrameMs)),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '    Heroku API time of the load, ms',
      summary: summarize(cold.map((c) => c.apiMs)),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '    warm start (the pipeline opened last time), ms',
      summary: summarize(results.warm.map((c) => c.boardMs)),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '    warm start round trips',
      summary: summarize(results.warm.map((c) => c.rounds)),
      unit: '',
      target: '',
      ok: null,
    },
    {
      measure: '(b) Heroku API requests per board load',
      summary: summarize(cold.map((c) => c.platformRequests)),
      unit: '',
      target: '',
      ok: null,
    },
    {
      measure: '    sequential round trips per board load',
      summary: rounds,
      unit: '',
      target: '≤ 3',
      ok: rounds.max <= 3,
    },
    {
      measure: '(c) requests per idle refresh',
      summary: idleCounts,
      unit: '',
      target: '≤ 3, all 304',
      ok: idleCounts.max <= 3 && idleAll304,
    },
    {
      measure: '    CPU per idle refresh, ms',
      summary: summarize(results.idleCpu),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: '(d) keypress to frame, ms',
      summary: keySummary,
      unit: 'ms',
      target: 'p95 < 16',
      ok: keySummary.p95 < 16,
    },
    {
      measure: '    key held at auto-repeat (33 ms) to frame, ms',
      summary: held,
      unit: 'ms',
      target: 'p95 < 16',
      ok: results.held.length === 0 ? null : held.p95 < 16,
    },
    {
      measure: '(e) peak resident memory of the runs above, MiB',
      summary: memorySummary,
      unit: 'MiB',
      target: '< 120',
      ok: memory.length > 0 && memorySummary.max < 120,
    },
  ];
  const long = results.long;
  if (long) {
    rows.push({
      measure: `    peak resident memory over a ${long.seconds} s session with keys and refreshes, MiB`,
      summary: summarize(long.peakRssMiB === null ? [] : [long.peakRssMiB]),
      unit: 'MiB',
      target: '< 120',
      ok: long.peakRssMiB !== null && long.peakRssMiB < 120,
    });
  }
  for (const size of results.sizes) rows.push(...sizeRows(size));
  const missed = rows.filter((r) => r.ok === false).map((r) => r.measure.trim());

  const m = results.machine;
  const command = ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
  const out: string[] = [
    `### Benchmark: ${results.apps} apps, ${latencyMs} ms per request, ${results.runs} runs`,
    '',
    `Command: \`${command}\``,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node} (${m.load}).`,
    '',
    '| measure | min | median | p95 | max | target | |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => line(row, row.measure.startsWith('(d)') || row.measure.includes('held'))),
    '',
    `Samples: ${cold.length} cold starts (half with \`--refresh 1\`, half with \`--refresh 0\`), ` +
      `${results.warm.length} warm starts, ${idle.length} idle refreshes, ${keys.length} key presses, ` +
      `${memory.length} processes.`,
    '',
    'A board is *complete* when its frame is drawn (status bar "refreshed", no loading line) ' +
      'and by then the simulator had told the program the commit of every app’s running release, ' +
      'through its slug or through the latest build that made that slug ' +
      `(${cold.map((c) => `${c.commitsKnown}/${c.commitsExpected}`).join(', ')}) and every card ` +
      `on screen showed its SHA (${cold.map((c) => `${c.cardsWithSha}/${c.cardsOnScreen}`).join(', ')}). ` +
      'The screen cannot show all cards at once, so the simulator’s log stands in for the rest.',
    '',
    'Round trips come from the simulator’s log: a request that starts after every earlier one ' +
      'has ended opens a new round. The load’s Heroku API time is ' +
      `${(median(cold.map((c) => c.apiMs).sort((a, b) => a - b)) / latencyMs).toFixed(1)} times ` +
      'the latency of one request (requests overlap, but not all at once). Idle refreshes are the auto-refreshes of `--refresh 1` ' +
      `with nothing changed; statuses seen: ${[...new Set(idle.flat())].join(', ') || 'none'}. ` +
      `Before the first of them, the board asked Heroku CI for its cards' test runs once drawn ` +
      `(${results.ciAfterBoard.join(', ') || 'no'} request(s) per run), left out of the idle refreshes. ` +
      'Keypress latency runs from writing the key to the pseudo-terminal to the end of the ' +
      'first frame that shows the selection moved (Ink ends each frame with a synchronized-update mark).',
    '',
  ];
  out.push(herokuLine(results.heroku, results.pairs), '');
  if (missed.length > 0) out.push(`Targets missed: ${missed.join('; ')}.`, '');
  return {text: out.join('\n'), missed};
}

// The cold start of another pipeline size against its limit and the official CLI.
function sizeRows(size: PairedSize): Row[] {
  const board = summarize(size.cold.map((c) => c.boardMs));
  const limit = summarize(size.limit);
  const ratios = summarize(size.pairs.map((p) => p.ours / p.theirs));
  const rounds = summarize(size.cold.map((c) => c.rounds));
  const complete = size.cold.every(
    (c) => c.commitsKnown === c.commitsExpected && c.cardsWithSha === c.cardsOnScreen,
  );
  return [
    {
      measure: `${size.apps} apps: cold start to a complete board, ms`,
      summary: board,
      unit: 'ms',
      target: `≤ ${(1.25 * limit.median).toFixed(0)} (1.25 × the limit)`,
      ok: board.median <= 1.25 * limit.median && complete,
    },
    {
      measure: `    ${size.apps} apps: physical limit, ms`,
      summary: limit,
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: `    ${size.apps} apps: official CLI \`heroku pipelines:info\`, ms`,
      summary: summarize(size.pairs.map((p) => p.theirs)),
      unit: 'ms',
      target: '',
      ok: null,
    },
    {
      measure: `    ${size.apps} apps: paired ratio, board / pipelines:info`,
      summary: ratios,
      unit: 'x',
      target: '≤ 0.35',
      ok: size.pairs.length === 0 ? null : ratios.median <= 0.35,
    },
    {
      measure: `    ${size.apps} apps: \`pipeline-tui status\`, spawn to exit, ms`,
      summary: summarize(size.status),
      unit: 'ms',
      target: '≤ 2000',
      ok: size.status.length === 0 ? null : summarize(size.status).median <= 2000,
    },
    {
      measure: `    ${size.apps} apps: sequential round trips`,
      summary: rounds,
      unit: '',
      target: '≤ 3',
      ok: rounds.max <= 3,
    },
  ];
}

function herokuLine(heroku: HerokuCliResult, pairs: Results['pairs']): string {
  switch (heroku.kind) {
    case 'skipped':
      return `Official Heroku CLI comparison skipped: ${heroku.reason}.`;
    case 'failed':
      return `Official Heroku CLI (${heroku.path}) could not run pipelines:info: ${heroku.message}`;
    case 'measured':
      return (
        `Official Heroku CLI ${heroku.version}, run right after each --refresh 0 cold start on the ` +
        'same simulator (DISABLE_TELEMETRY=true, HEROKU_PARTICLEBOARD_URL at a loopback stand-in ' +
        `that answers 404, so it does not wait for services it cannot reach), spawn to exit: pairs (board ms / CLI ms) ` +
        `${pairs.map((p) => `${p.ours.toFixed(0)}/${p.theirs.toFixed(0)}`).join(', ')}.`
      );
  }
}
