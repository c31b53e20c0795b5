import {useMemo, type ReactElement} from 'react';
import type {ViewKind} from '../board/board-state.js';
import {diffPairs} from '../board/comparisons.js';
import {DiffView} from './DiffView.js';
import {DriftPane} from './drift/DriftPane.js';
import {findApp} from '../board/stages.js';
import {HistoryPane} from './promote/panes.js';
import {LogsBoardView} from './logs/LogsBoardView.js';
import {VerifyView} from './logs/VerifyView.js';
import {MaintenancePane} from './maintenance/MaintenancePane.js';
import {PromoteFlow} from './promote/PromoteFlow.js';
import {usePromotionNotice} from './promote/usePromotionNotice.js';
import {SetupPane} from './setup/SetupPane.js';
import type {ViewProps} from './view-props.js';

function DiffPane({view, board, ...rest}: ViewProps) {
  const pairs = useMemo(() => diffPairs(board, view.appId), [board, view.appId]);
  return <DiffView pairs={pairs} board={board} {...rest} />;
}

// The view each board key opens; `p` opens the promotion flow itself.
const VIEWS: Record<Exclude<ViewKind, 'promote'>, (props: ViewProps) => ReactElement> = {
  diff: DiffPane,
  drift: DriftPane,
  history: HistoryPane,
  'add-app': SetupPane,
  'move-app': SetupPane,
  'remove-app': SetupPane,
  'rename-pipeline': SetupPane,
  'destroy-pipeline': SetupPane,
  logs: LogsBoardView,
  verify: VerifyView,
  maintenance: MaintenancePane,
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
        notify={notify}
        after={{board, onRolledBack: refresh, notify}}
      />
    );
  }
  const View = VIEWS[view.kind];
  return <View {...props} />;
}
