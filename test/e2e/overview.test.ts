import {describe, expect, it} from 'vitest';
import type {OverviewDocument} from '../../source/board/overview-document.js';
import {cliEnv, launch, requireBuiltCli, runPiped, simulator} from './harness.js';

requireBuiltCli();

type StatusDocument = {
  stages: Array<{
    name: string;
    apps: Array<{name: string; release: {status: string} | null; dynos: Array<{crashed: number}>}>;
  }>;
  comparisons: Array<{
    from: string;
    to: string;
    status: string;
    ahead: number | null;
    behind: number | null;
    reason: string | null;
  }>;
};

// The four pipelines the demo always had, and one of each kind of the fleet beside them:
// waiting, in sync, diverged, failing, Fir, without staging.
const CHECKED = [
  'whitewave',
  'bluebird',
  'tally',
  'ledger',
  'acorn',
  'beacon',
  'cobalt',
  'comet',
  'dahlia',
  'delta',
];

const STATUS_OF: Record<string, string> = {identical: 'in-sync'};

describe('the overview, end to end', {timeout: 120_000}, () => {
  it("status --all --json agrees with each pipeline's status --json", async () => {
    const sim = await simulator();
    const env = cliEnv({sim});
    const all = await runPiped(['status', '--all', '--json'], env);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    const overview = JSON.parse(all.stdout) as OverviewDocument;
    expect(overview.pipelines).toHaveLength(sim.state.pipelines.length);
    expect(overview.requests).toBeLessThanOrEqual(overview.budget);
    for (const name of CHECKED) {
      const row = overview.pipelines.find((p) => p.name === name)!;
      const one = await runPiped(['status', name, '--json'], env);
      expect(one.code, name).toBe(0);
      const status = JSON.parse(one.stdout) as StatusDocument;
      const apps = (stage: string) => status.stages.find((s) => s.name === stage)!.apps;
      const production = apps('production').find((a) => a.name === row.production);
      expect(production, name).toBeDefined();
      expect(row.crashedDynos, name).toBe(production!.dynos.reduce((n, d) => n + d.crashed, 0));
      const watched = [...apps('staging'), ...apps('production')];
      expect(row.failedRelease, name).toBe(watched.some((a) => a.release?.status === 'failed'));
      if (!row.staging) {
        expect(apps('staging'), name).toEqual([]);
        expect(row.state, name).toEqual({
          status: 'unknown',
          ahead: null,
          behind: null,
          reason: 'no staging',
        });
        continue;
      }
      const pair = status.comparisons.find(
        (c) => c.from === row.staging && c.to === row.production,
      )!;
      expect(pair, name).toBeDefined();
      expect(row.state!.status, name).toBe(STATUS_OF[pair.status] ?? pair.status);
      if (pair.status !== 'unknown') {
        expect([row.state!.ahead, row.state!.behind], name).toEqual([pair.ahead, pair.behind]);
      }
    }
    const kinds = new Set(overview.pipelines.map((p) => p.state?.status));
    expect([...kinds].sort()).toEqual(['ahead', 'diverged', 'in-sync', 'unknown']);
    expect(overview.pipelines.some((p) => p.generation === 'fir')).toBe(true);
    expect(overview.pipelines.some((p) => p.failedRelease && (p.crashedDynos ?? 0) > 0)).toBe(true);
    // Most waiting first.
    const waiting = overview.pipelines.filter((p) => p.waitingSince).map((p) => p.waitingSince!);
    expect(waiting).toEqual([...waiting].sort());
  });

  it('refuses status --all with a pipeline name, in one sentence', async () => {
    const sim = await simulator();
    const result = await runPiped(['status', '--all', 'whitewave'], cliEnv({sim}));
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('status --all takes no pipeline name.');
  });

  it('opens the highlighted row, and Esc on its board comes back with the cursor on it', async () => {
    const sim = await simulator();
    const tui = launch({sim, args: [], cols: 120, rows: 40});
    // Every row on screen complete: no lone '…' cell left.
    await tui.waitForScreen(
      (text) =>
        text.includes('❯ ') &&
        text.includes('Tab sort') &&
        !/\s…(\s|$)/m.test(text.split('\n').slice(3, -1).join('\n')),
      30_000,
      'a screenful of complete rows',
    );
    // Down until the cursor is on the third row (a key sent before Ink listens waits).
    const cursorRow = (text: string) => {
      const lines = text.split('\n');
      return (
        lines.findIndex((l) => l.startsWith('❯ ')) - lines.findIndex((l) => /^ {2}PIPELINE/.test(l))
      );
    };
    let moved = '';
    for (let press = 0; press < 20 && cursorRow(moved) !== 3; press++) {
      if (cursorRow(tui.screenText()) < 3) tui.press('\u001B[B');
      moved = await tui
        .waitForScreen((text) => cursorRow(text) === 3, 1000, 'the cursor on the third row')
        .catch(() => '');
    }
    expect(cursorRow(moved)).toBe(3);
    const chosen = /^❯ (\S+)/m.exec(moved)![1]!;
    tui.press('\r');
    await tui.waitForScreen(
      (text) => text.startsWith(`${chosen} ·`) && text.includes('Esc pipelines'),
      20_000,
      `the board of ${chosen}`,
    );
    tui.press('\u001B');
    const back = await tui.waitForText('Tab sort', 10_000);
    expect(back).toMatch(new RegExp(`^❯ ${chosen}\\s`, 'm'));
  });
});
