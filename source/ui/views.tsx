import {useMemo, type ReactElement} from 'react';
import type {BoardView, ViewKind} from '../board/board-state.js';
import {diffPairs} from '../board/comparisons.js';
import type {Board} from '../board/types.js';
import {DiffView} from './DiffView.js';
import {DriftPane} from './drift/DriftPane.js';
import {findApp} from '../board/stages.js';
import {HistoryPane} from './promote/panes.js';
import {PromoteFlow} from './promote/PromoteFlow.js';
import {usePromotionNotice} from './promote/usePromotionNotice.js';
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
};

function DiffPane({view, board, ...rest}: ViewProps) {
  const pairs = useMemo(() => diffPairs(board, view.appId), [board, view.appId]);
  return <DiffView pairs={pairs} {...rest} />;
}

// The view each board key opens; `p` opens the promotion flow itself.
const VIEWS: Record<Exclude<ViewKind, 'promote'>, (props: ViewProps) => ReactElement> = {
  diff: DiffPane,
  drift: DriftPane,
  history: HistoryPane,
};

export function BoardViewSwitch(props: ViewProps) {
  const {view, board, refresh, notify} = props;
  const onPromotionFinished = usePromotionNotice(refresh, notify);
  if (view.kind === 'promote') {
    return (
      <PromoteFlow
        board={board}
        source={findApp(board, view.appId)}
        width={props.width}
        height={props.height}
        isActive={props.isActive}
        onClose={props.onBack}
        onFinished={onPromotionFinished}
      />
    );
  }
  const View = VIEWS[view.kind];
  return <View {...props} />;
}
