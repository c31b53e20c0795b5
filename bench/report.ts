import type {HerokuCliResult} from './heroku-cli.js';
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
  keys: number[];
  memory: number[];
  heroku: HerokuCliResult;
};

type Row = {measure: string; summary: Summary; unit: string; target: string; ok: boolean | null};

const fmt = (value: number, unit: string) =>
  Number.isNaN(value) ? 'n/a' : unit === 'ms' || unit === 'MiB' ? value.toFixed(0) : String(value);

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
  const budgetMs = 4 * latencyMs + 300;
  const boardMs = summarize(cold.map((c) => c.boardMs));
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
      target: `≤ ${budgetMs} (4 round trips + 300)`,
      ok: boardMs.median <= budgetMs && complete,
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
      target: '≤ 4',
      ok: rounds.max <= 4,
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
      target: 'p95 < 30',
      ok: keySummary.p95 < 30,
    },
    {
      measure: '(e) peak resident memory, MiB',
      summary: memorySummary,
      unit: 'MiB',
      target: '< 150',
      ok: memory.length > 0 && memorySummary.max < 150,
    },
  ];
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
    ...rows.map((row) => line(row, row.measure.startsWith('(d)'))),
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
      'Keypress latency runs from writing the key to the pseudo-terminal to the end of the ' +
      'first frame that shows the selection moved (Ink ends each frame with a synchronized-update mark).',
    '',
  ];
  out.push(herokuLine(results.heroku, boardMs), '');
  if (missed.length > 0) out.push(`Targets missed: ${missed.join('; ')}.`, '');
  return {text: out.join('\n'), missed};
}

function herokuLine(heroku: HerokuCliResult, ours: Summary): string {
  switch (heroku.kind) {
    case 'skipped':
      return `Official Heroku CLI comparison skipped: ${heroku.reason}.`;
    case 'failed':
      return `Official Heroku CLI (${heroku.path}) could not run pipelines:info: ${heroku.message}`;
    case 'measured': {
      const theirs = median([...heroku.runsMs].sort((a, b) => a - b));
      return (
        `Official Heroku CLI ${heroku.version}: \`heroku pipelines:info\` median ${theirs.toFixed(0)} ms ` +
        `against ${ours.median.toFixed(0)} ms for a complete board: ratio ${(theirs / ours.median).toFixed(2)}.`
      );
    }
  }
}
