import {selectedIndex, type BoardState} from './board-state.js';
import {visibleWindow, type BoardLayout} from './layout.js';
import type {AppCard, StageColumn} from './types.js';

// The apps whose cards are drawn now: the window of every column side by side, or of the
// stage under the cursor when the board is narrow. What the screen asks CI about.
export function appsOnScreen(
  columns: StageColumn[],
  state: BoardState,
  layout: Pick<BoardLayout, 'kind' | 'cardsPerColumn'> | {kind: 'too-small'},
): AppCard[] {
  if (layout.kind === 'too-small') return [];
  const shown = layout.kind === 'narrow' ? columns.filter((c) => c.stage === state.stage) : columns;
  return shown.flatMap((column) => {
    const window = visibleWindow(
      column.apps.length,
      selectedIndex(state, column.stage),
      layout.cardsPerColumn,
      state.offsets[column.stage] ?? 0,
    );
    return column.apps.slice(window.offset, window.end);
  });
}
