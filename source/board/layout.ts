// Layout maths of the board, a pure function of the terminal size so it can be tested
// as a table. Ink repaints the whole screen (and flickers) once a frame is as tall as the
// terminal, so frames stay at least one row short of it.

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
// Below this a card's name and commit line are cut too short to read; four stages fit in 100 columns.
export const MIN_STAGE_WIDTH = 25;
// Lines of the frame that are not stage columns: status bar, message line, key hints,
// and the column headers (or, when narrow, the tab strip that replaces them).
export const CHROME_ROWS = 4;
// A bordered card: name, release, commit, dynos, comparison.
export const FULL_CARD_LINES = 5;
export const FULL_CARD_HEIGHT = FULL_CARD_LINES + 2;
// A borderless card for short terminals: name, release with commit, dynos with comparison.
export const COMPACT_CARD_HEIGHT = 3;

export type LayoutInput = {
  columns: number;
  rows: number;
  stageCount: number; // visible stages
  appCounts?: number[]; // apps per visible stage; lets a small board take a short frame
};

export type CardDensity = 'full' | 'compact';

export type TooSmallLayout = {
  kind: 'too-small';
  columns: number;
  rows: number;
  minColumns: number;
  minRows: number;
  message: string;
};

export type BoardLayout = {
  kind: 'wide' | 'narrow';
  columns: number;
  rows: number;
  // Widths of the stage columns shown side by side (one entry when narrow).
  stageWidths: number[];
  // Rows for the stage columns' cards, below their headers.
  bodyRows: number;
  // Rows the cards may use at most (bodyRows is smaller when the board is small).
  maxBodyRows: number;
  cardDensity: CardDensity;
  cardHeight: number;
  cardsPerColumn: number;
  // Total height of the frame: chrome plus body, always below `rows`.
  frameRows: number;
};

export type Layout = TooSmallLayout | BoardLayout;

export function computeLayout({columns, rows, stageCount, appCounts}: LayoutInput): Layout {
  const cols = Math.max(0, Math.floor(columns));
  const height = Math.max(0, Math.floor(rows));
  if (cols < MIN_COLUMNS || height < MIN_ROWS) {
    return {
      kind: 'too-small',
      columns: cols,
      rows: height,
      minColumns: MIN_COLUMNS,
      minRows: MIN_ROWS,
      message: `Terminal too small (${cols}x${height}): pipeline-tui needs at least ${MIN_COLUMNS}x${MIN_ROWS}.`,
    };
  }
  const stages = Math.max(1, Math.floor(stageCount));
  const wide = stages * MIN_STAGE_WIDTH <= cols;
  const stageWidths = wide ? splitWidth(cols, stages) : [cols];
  const maxBodyRows = height - 1 - CHROME_ROWS;
  const cardDensity: CardDensity = maxBodyRows >= FULL_CARD_HEIGHT ? 'full' : 'compact';
  const cardHeight = cardDensity === 'full' ? FULL_CARD_HEIGHT : COMPACT_CARD_HEIGHT;
  const cardsPerColumn = Math.max(1, Math.floor(maxBodyRows / cardHeight));
  const tallest = appCounts && appCounts.length > 0 ? Math.max(1, ...appCounts) : null;
  const bodyRows =
    tallest === null
      ? maxBodyRows
      : Math.min(maxBodyRows, Math.min(tallest, cardsPerColumn) * cardHeight);
  return {
    kind: wide ? 'wide' : 'narrow',
    columns: cols,
    rows: height,
    stageWidths,
    bodyRows,
    maxBodyRows,
    cardDensity,
    cardHeight,
    cardsPerColumn,
    frameRows: CHROME_ROWS + bodyRows,
  };
}

// Equal widths; the leftover columns go to the first stages so the frame is exactly `total` wide.
function splitWidth(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({length: parts}, (_, i) => base + (i < extra ? 1 : 0));
}

export type VisibleWindow = {
  offset: number; // index of the first item shown
  end: number; // one past the last item shown
  hiddenAbove: number;
  hiddenBelow: number;
};

// Which items of a scrolling list are shown: the previous offset is kept while the cursor
// stays in view, so the list only moves when the cursor would leave it.
export function visibleWindow(
  count: number,
  cursor: number,
  capacity: number,
  previousOffset: number,
): VisibleWindow {
  const total = Math.max(0, Math.floor(count));
  const size = Math.max(1, Math.floor(capacity));
  const maxOffset = Math.max(0, total - size);
  let offset = clamp(Math.floor(previousOffset) || 0, 0, maxOffset);
  const at = clamp(Math.floor(cursor) || 0, 0, Math.max(0, total - 1));
  if (at < offset) offset = at;
  if (at >= offset + size) offset = at - size + 1;
  offset = clamp(offset, 0, maxOffset);
  const end = Math.min(total, offset + size);
  return {offset, end, hiddenAbove: offset, hiddenBelow: total - end};
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
