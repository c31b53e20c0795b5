import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices} from './fake-services.js';
import {makeApp, makeBoard} from './fixtures.js';
import {frameHeight, unmountAll, waitForFrame} from './helpers.js';
import {renderBoard} from './render-board.js';

afterEach(unmountAll);

// Cells a character takes in a terminal, for the characters these tests draw: CJK
// ideographs and pictographs take two, the rest one.
function cells(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x1f300 && code <= 0x1faff)
    ? 2
    : 1;
}

const widthOf = (line: string) => [...line].reduce((sum, char) => sum + cells(char), 0);

// The character that starts at a cell of the line.
function charAt(line: string, cell: number): string | null {
  let at = 0;
  for (const char of line) {
    if (at === cell) return char;
    at += cells(char);
    if (at > cell) return null;
  }
  return null;
}

const LONG = '漢字のコミットメッセージ🚀'.repeat(6);

function longTextBoard() {
  const long = (name: string, stage: 'review' | 'staging' | 'production') =>
    makeApp(name, stage, {
      commit: {sha: 'abcdef1234567890', message: `${LONG} ${'x'.repeat(80)}`},
      namingWarning: `${LONG} says another stage`,
      maintenance: true,
    });
  return makeBoard([
    ...Array.from({length: 12}, (_, i) => long(`${'review-app-'.repeat(6)}${i}-pr-${i}`, 'review')),
    long(`${'staging-'.repeat(8)}stg`, 'staging'),
    long(`${'production-'.repeat(6)}prod`, 'production'),
  ]);
}

// Board lines are cut at their width rather than clipped by their boxes, except where wide
// text needs the clip: a card's text never runs into its border or into the next column.
describe('board frame with long and wide text', () => {
  it.each([
    [120, 40],
    [60, 20],
  ])('keeps every line inside its bordered card at %ix%i', async (columns, rows) => {
    const lines = await drawn(columns, rows);
    const top = lines.find((line) => line.startsWith('╭') || line.startsWith('┏'))!;
    const right = [...top].findIndex((c) => c === '╮' || c === '┓');
    const cardLines = lines.filter((line) => line.startsWith('│') || line.startsWith('┃'));
    expect(cardLines.length).toBeGreaterThanOrEqual(5);
    for (const line of cardLines) expect(['│', '┃']).toContain(charAt(line, right));
  });

  it('keeps compact cards to their own column at 120x11', async () => {
    const lines = await drawn(120, 11);
    expect(lines.some((line) => line.includes('╭'))).toBe(false);
    // Three columns of 40 cells; each card line starts with the marker or its indent.
    const body = lines.slice(2, -2);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const line of body) {
      for (const start of [40, 80]) {
        if (widthOf(line) > start) expect([' ', '▶']).toContain(charAt(line, start));
      }
    }
  });
});

async function drawn(columns: number, rows: number): Promise<string[]> {
  const {frame} = renderBoard(fakeServices({}, longTextBoard()), {columns, rows});
  const shown = await waitForFrame(frame, (f) => f.includes('abcdef1'));
  expect(frameHeight(shown)).toBeLessThan(rows);
  const lines = shown.replace(/\n$/, '').split('\n');
  for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(columns);
  return lines;
}
