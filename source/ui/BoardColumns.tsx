import {Box} from 'ink';
import {selectedIndex, type BoardState} from '../board/board-state.js';
import {visibleWindow, type BoardLayout} from '../board/layout.js';
import type {Comparison, StageColumn as StageColumnModel} from '../board/types.js';
import {StageColumn, windowLabel} from './StageColumn.js';
import {StageTabs} from './StageTabs.js';
import type {CiBySha} from './hooks/useCiStatuses.js';
import {hintKey} from '../board/key-hints.js';
import {KEYMAP} from '../board/keymap.js';

// The keys that move between stages, as the hint line names them.
const STAGE_KEYS = hintKey(KEYMAP.find((b) => b.command === 'stage-next')!);

export type BoardColumnsProps = {
  layout: BoardLayout;
  columns: StageColumnModel[]; // visible, filtered
  state: BoardState;
  comparisons: Comparison[];
  now: number;
  ci?: CiBySha;
};

// `3 in review, 1 in staging (←→)`: where a filter's matches are, outside the stage shown.
function matchesElsewhere(columns: StageColumnModel[], shown: string): string | null {
  const others = columns.filter((c) => c.stage !== shown && c.apps.length > 0);
  if (others.length === 0) return null;
  const where = others.map((c) => `${c.apps.length} in ${c.stage}`).join(', ');
  return `${where} (${STAGE_KEYS})`;
}

// The stages side by side when they fit, else the stage under the cursor with a tab strip.
export function BoardColumns({layout, columns, state, comparisons, now, ci}: BoardColumnsProps) {
  const common = {
    bodyRows: layout.bodyRows,
    cardsPerColumn: layout.cardsPerColumn,
    density: layout.cardDensity,
    filtered: state.filter !== '',
    comparisons,
    now,
    ci,
  };
  if (layout.kind === 'narrow') {
    const column = columns.find((c) => c.stage === state.stage) ?? columns[0];
    if (!column) return null;
    const window = visibleWindow(
      column.apps.length,
      selectedIndex(state, column.stage),
      layout.cardsPerColumn,
      state.offsets[column.stage] ?? 0,
    );
    return (
      <Box flexDirection="column">
        <StageTabs
          columns={columns}
          active={column.stage}
          width={layout.columns}
          window={
            column.apps.length > window.end - window.offset
              ? windowLabel(window.offset, window.end, column.apps.length)
              : null
          }
        />
        <StageColumn
          {...common}
          column={column}
          width={layout.columns}
          showHeader={false}
          active
          selectedId={state.selected[column.stage] ?? null}
          offset={state.offsets[column.stage] ?? 0}
          elsewhere={matchesElsewhere(columns, column.stage)}
        />
      </Box>
    );
  }
  return (
    <Box flexDirection="row">
      {columns.map((column, i) => (
        <StageColumn
          {...common}
          key={column.stage}
          column={column}
          width={layout.stageWidths[i] ?? layout.stageWidths[0] ?? layout.columns}
          showHeader
          active={column.stage === state.stage}
          selectedId={state.selected[column.stage] ?? null}
          offset={state.offsets[column.stage] ?? 0}
        />
      ))}
    </Box>
  );
}
