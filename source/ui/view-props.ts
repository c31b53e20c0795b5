import type {BoardView} from '../board/board-state.js';
import type {Board} from '../board/types.js';
import type {MessageTone} from './hooks/useTransientMessage.js';

// What every view opened from the board gets. A view owns the keyboard while `isActive`
// (the board's router then only handles Ctrl-C) and calls onBack to return to the board.
export type ViewProps = {
  view: BoardView;
  board: Board;
  width: number;
  height: number;
  isActive: boolean;
  onBack: () => void;
  // Reload the board now, e.g. after a promotion or a rollback.
  refresh: () => void;
  // A short message in the board's status line, cleared after a few seconds.
  notify: (text: string, tone?: MessageTone) => void;
  // The pipeline's name as the board shows it: a rename lands here before the board reloads.
  pipelineName?: string;
  // After a setup change: reload the board and put the cursor on this app once it is there.
  focusApp?: (appId: string) => void;
  // The pipeline was renamed, or destroyed (the picker comes back).
  onPipelineRenamed?: (pipeline: {id: string; name: string}) => void;
  onPipelineDestroyed?: () => void;
};
