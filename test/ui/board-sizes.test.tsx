import {afterEach, describe, expect, it} from 'vitest';
import {emptyText} from '../../source/ui/StageColumn.js';
import {needsFullClear} from '../../source/ui/hooks/useTerminalSize.js';
import {helpRows} from '../../source/ui/help-rows.js';
import {KEYMAP} from '../../source/board/keymap.js';
import {fakeServices} from './fake-services.js';
import {loaded, renderBoard} from './render-board.js';
import {unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

describe('the board agrees with itself in a narrow terminal', () => {
  it('says where the filter’s matches are when the stage shown has none (60x20)', async () => {
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 60, rows: 20});
    await waitForFrame(frame, loaded);
    stdin.write('/');
    await waitForFrame(frame, (f) => f.includes('matches'));
    stdin.write('1');
    stdin.write('2');
    const filtered = await waitForFrame(frame, (f) => f.includes('1 match'));
    expect(filtered).not.toContain('no app matches');
    expect(filtered).toContain('no staging app matches the filter: 1 in review (←→)');
    expect(filtered).toContain(' REVIEW  1 │  STAGING  0 │  PRODUCTION  0');
    for (const line of filtered.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('wraps the empty-stage sentence inside its column instead of running on (80x24)', async () => {
    const {frame, stdin} = renderBoard(fakeServices(), {columns: 80, rows: 24});
    await waitForFrame(frame, loaded);
    stdin.write('/');
    await waitForFrame(frame, (f) => f.includes('matches'));
    stdin.write('e');
    stdin.write('u');
    const filtered = await waitForFrame(frame, (f) => f.includes('1 match'));
    for (const line of filtered.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(filtered.replace(/\s+/g, ' ')).toMatch(/no production app matches the filter/);
  });

  it('words an empty stage', () => {
    expect(emptyText('staging', false, null)).toBe('  no apps');
    expect(emptyText('staging', true, null)).toBe('  no staging app matches the filter');
    expect(emptyText('staging', true, '5 in review (←→)')).toBe(
      '  no staging app matches the filter: 5 in review (←→)',
    );
  });
});

describe('the help at 80 columns', () => {
  it('wraps a long description under itself: every word of every binding is there', () => {
    const rows = helpRows(80);
    for (const row of rows)
      expect([...(row.keys + row.text + row.note)].length).toBeLessThanOrEqual(80);
    const all = rows
      .map((r) => r.text + r.note)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const binding of KEYMAP) expect(all).toContain(binding.description.replace(/\s+/g, ' '));
  });
});

describe('a resize', () => {
  it('clears the whole screen when the width changes or rows go, not when rows come', () => {
    expect(needsFullClear({columns: 140, rows: 45}, {columns: 60, rows: 20})).toBe(true);
    expect(needsFullClear({columns: 60, rows: 20}, {columns: 140, rows: 45})).toBe(true);
    expect(needsFullClear({columns: 80, rows: 24}, {columns: 80, rows: 20})).toBe(true);
    expect(needsFullClear({columns: 80, rows: 20}, {columns: 80, rows: 24})).toBe(false);
  });
});
