import {describe, expect, it} from 'vitest';
import {
  lastPromotionOf,
  NOT_LOADED,
  pendingRow,
  failedRow,
  rowCells,
  sortRows,
  stateOf,
  stateText,
  type OverviewRow,
} from '../../source/board/overview-rows.js';
import {overviewDocument, overviewText} from '../../source/board/overview-document.js';
import type {PipelineSummary} from '../../source/board/types.js';
import type {WireRelease} from '../../source/heroku/wire.js';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const pipeline = (name: string): PipelineSummary => ({
  id: `p-${name}`,
  name,
  ownerType: 'team',
  ownerId: 't',
  createdAt: null,
  generation: 'cedar',
});
const done = (name: string, extra: Partial<OverviewRow> = {}): OverviewRow => ({
  ...pendingRow(pipeline(name)),
  load: 'done',
  owner: 'team-a',
  state: {kind: 'in-sync'},
  failedRelease: false,
  crashedDynos: 0,
  ...extra,
});

describe('overview rows', () => {
  it('names each state as the overview shows it', () => {
    expect(stateText({kind: 'ahead', ahead: 3})).toBe('3 ahead');
    expect(stateText({kind: 'in-sync'})).toBe('in sync');
    expect(stateText({kind: 'diverged', ahead: 2, behind: 1})).toBe('diverged 2/1');
    expect(stateText({kind: 'unknown', reason: 'no staging'})).toBe('unknown: no staging');
  });

  it('shows what has not arrived as not loaded, never as a value', () => {
    const cells = rowCells(pendingRow(pipeline('a')), NOW);
    expect([cells.owner, cells.state, cells.waiting, cells.promotion]).toEqual(
      Array(4).fill(NOT_LOADED),
    );
    expect(cells.marks).toBe('');
    expect(rowCells(failedRow(pipeline('a'), 'Heroku said no.'), NOW).state).toBe(
      'not loaded: Heroku said no.',
    );
  });

  it('draws outside words without their control characters', () => {
    expect(stateOf(null, 'GitHub said \u001b[31mno\u0007')).toEqual({
      kind: 'unknown',
      reason: 'GitHub said no',
    });
    const error = failedRow(pipeline('a'), 'Heroku \u001b]0;x\u0007said no.').error!;
    expect([...error].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
  });

  it('writes the waiting age, the last promotion and the marks', () => {
    const row = done('a', {
      state: {kind: 'ahead', ahead: 2},
      waitingSince: '2026-11-30T11:00:00Z',
      lastPromotion: {at: '2026-12-01T12:00:00Z', by: 'ken.ito@fleet.example'},
      failedRelease: true,
      crashedDynos: 2,
    });
    expect(rowCells(row, NOW)).toMatchObject({
      waiting: 'waiting 3d',
      promotion: '2d ago ken.ito',
      marks: 'failed 2 crashed',
    });
  });

  it('finds the newest promotion among releases', () => {
    const release = (version: number, description: string, email = 'a@x'): WireRelease => ({
      id: `r${version}`,
      version,
      status: 'succeeded',
      description,
      user: {id: 'u', email},
      created_at: `2026-11-${10 + version}T00:00:00Z`,
    });
    expect(
      lastPromotionOf([
        release(1, 'Promote s v3 abc', 'old@x'),
        release(3, 'Set FOO config vars'),
        release(2, 'Promote s v4 def', 'new@x'),
      ]),
    ).toEqual({at: '2026-11-12T00:00:00Z', by: 'new@x'});
    expect(lastPromotionOf([release(1, 'Deploy abc')])).toBeNull();
  });

  it('sorts most waiting first, by name, or by last promotion; loaded rows without a value next, rows not loaded last', () => {
    const rows = [
      done('b', {
        waitingSince: '2026-12-01T00:00:00Z',
        lastPromotion: {at: '2026-11-01T00:00:00Z', by: null},
      }),
      pendingRow(pipeline('a')),
      done('c', {
        waitingSince: '2026-11-20T00:00:00Z',
        lastPromotion: {at: '2026-11-25T00:00:00Z', by: null},
      }),
      done('d'),
    ];
    const names = (sorted: OverviewRow[]) => sorted.map((r) => r.pipeline.name);
    expect(names(sortRows(rows, 'waiting'))).toEqual(['c', 'b', 'd', 'a']);
    expect(names(sortRows(rows, 'name'))).toEqual(['a', 'b', 'c', 'd']);
    expect(names(sortRows(rows, 'promotion'))).toEqual(['c', 'b', 'd', 'a']);
  });

  it("writes status --all's document, most waiting first", () => {
    const document = overviewDocument(
      [
        done('z'),
        done('y', {
          state: {kind: 'diverged', ahead: 2, behind: 1},
          waitingSince: '2026-11-01T00:00:00Z',
        }),
      ],
      10,
      16,
    );
    expect(document.requests).toBe(10);
    expect(document.budget).toBe(16);
    expect(document.pipelines.map((p) => p.name)).toEqual(['y', 'z']);
    expect(document.pipelines[0]!.state).toEqual({
      status: 'diverged',
      ahead: 2,
      behind: 1,
      reason: null,
    });
    expect(document.pipelines[1]!.state).toEqual({
      status: 'in-sync',
      ahead: 0,
      behind: 0,
      reason: null,
    });
  });

  it("writes status --all's plain table with the overview's words", () => {
    const text = overviewText(
      [
        done('z'),
        pendingRow(pipeline('y')),
        done('x', {state: {kind: 'ahead', ahead: 3}, waitingSince: '2026-12-01T12:00:00Z'}),
      ],
      NOW,
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^PIPELINE\s+OWNER\s+GEN\s+STAGING → PROD\s+WAITING\s+LAST PROMOTION\s+BROKEN$/,
    );
    expect(lines[1]).toMatch(/^x\s+team-a\s+Cedar\s+3 ahead\s+waiting 2d\s+none recent$/);
    expect(lines[2]).toMatch(/^z\s+team-a\s+Cedar\s+in sync\s+none recent$/);
    expect(lines[3]).toMatch(/^y\s+…\s+Cedar\s+…\s+…\s+…$/);
  });
});
