import {describe, expect, it} from 'vitest';
import {
  CHROME_ROWS,
  COMPACT_CARD_HEIGHT,
  FULL_CARD_HEIGHT,
  MIN_COLUMNS,
  MIN_ROWS,
  computeLayout,
  visibleWindow,
  type BoardLayout,
} from '../../source/board/layout.js';

function board(layout: ReturnType<typeof computeLayout>): BoardLayout {
  if (layout.kind === 'too-small') throw new Error(`unexpected too-small: ${layout.message}`);
  return layout;
}

describe('computeLayout', () => {
  it.each([
    // columns, rows, stages, kind, widths
    [120, 40, 4, 'wide', [30, 30, 30, 30]],
    [120, 40, 3, 'wide', [40, 40, 40]],
    [100, 30, 4, 'wide', [25, 25, 25, 25]],
    [99, 30, 4, 'narrow', [99]],
    [80, 24, 3, 'wide', [27, 27, 26]],
    [75, 24, 3, 'wide', [25, 25, 25]],
    [74, 24, 3, 'narrow', [74]],
    [60, 20, 3, 'narrow', [60]],
    [60, 20, 2, 'wide', [30, 30]],
    [40, 10, 2, 'narrow', [40]],
  ] as const)('%ix%i with %i stages is %s', (columns, rows, stageCount, kind, widths) => {
    const layout = board(computeLayout({columns, rows, stageCount}));
    expect(layout.kind).toBe(kind);
    expect(layout.stageWidths).toEqual(widths);
    expect(layout.stageWidths.reduce((a, b) => a + b, 0)).toBe(columns);
  });

  it.each([
    [30, 8],
    [39, 40],
    [120, 9],
    [0, 0],
  ])('%ix%i is too small and names the minimum', (columns, rows) => {
    const layout = computeLayout({columns, rows, stageCount: 2});
    expect(layout.kind).toBe('too-small');
    if (layout.kind !== 'too-small') return;
    expect(layout.message).toContain(`${MIN_COLUMNS}x${MIN_ROWS}`);
    expect(layout.message).toContain(`${columns}x${rows}`);
  });

  it.each([
    // rows, density, cards per column
    [40, 'full', 5],
    [24, 'full', 2],
    [20, 'full', 2],
    [12, 'full', 1],
    [11, 'compact', 2],
    [10, 'compact', 1],
  ] as const)('%i rows: %s cards, %i per column', (rows, density, perColumn) => {
    const layout = board(computeLayout({columns: 120, rows, stageCount: 3}));
    expect(layout.cardDensity).toBe(density);
    expect(layout.cardHeight).toBe(density === 'full' ? FULL_CARD_HEIGHT : COMPACT_CARD_HEIGHT);
    expect(layout.cardsPerColumn).toBe(perColumn);
  });

  it('never makes a frame as tall as the terminal', () => {
    for (let rows = MIN_ROWS; rows <= 80; rows++) {
      for (const columns of [40, 60, 100, 200]) {
        for (const stageCount of [2, 3, 4]) {
          const layout = board(computeLayout({columns, rows, stageCount}));
          expect(layout.frameRows).toBeLessThan(rows);
          expect(layout.frameRows).toBe(CHROME_ROWS + layout.bodyRows);
          expect(layout.cardsPerColumn * layout.cardHeight).toBeLessThanOrEqual(layout.maxBodyRows);
        }
      }
    }
  });

  it('gives a small board a short frame', () => {
    const layout = board(computeLayout({columns: 120, rows: 40, stageCount: 2, appCounts: [1, 2]}));
    expect(layout.bodyRows).toBe(2 * FULL_CARD_HEIGHT);
    expect(layout.maxBodyRows).toBe(40 - 1 - CHROME_ROWS);
    const crowded = board(
      computeLayout({columns: 120, rows: 40, stageCount: 2, appCounts: [150, 1]}),
    );
    expect(crowded.bodyRows).toBe(crowded.cardsPerColumn * FULL_CARD_HEIGHT);
  });
});

describe('visibleWindow', () => {
  it.each([
    // count, cursor, capacity, previous offset -> offset, end
    [0, 0, 3, 0, 0, 0],
    [2, 1, 3, 0, 0, 2],
    [10, 0, 3, 0, 0, 3],
    [10, 2, 3, 0, 0, 3],
    [10, 3, 3, 0, 1, 4],
    [10, 9, 3, 0, 7, 10],
    [10, 5, 3, 4, 4, 7], // cursor still in view: the window does not move
    [10, 3, 3, 4, 3, 6], // cursor above the window: scrolls up to it
    [10, 9, 3, 99, 7, 10], // an offset past the end is clamped
    [10, 4, 0, 0, 4, 5], // capacity below one still shows the cursor
    [5, 1, 10, 3, 0, 5], // everything fits: no scrolling at all
  ])('count %i cursor %i capacity %i from %i', (count, cursor, capacity, previous, offset, end) => {
    const window = visibleWindow(count, cursor, capacity, previous);
    expect(window).toEqual({offset, end, hiddenAbove: offset, hiddenBelow: count - end});
  });
});
