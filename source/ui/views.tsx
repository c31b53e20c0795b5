import {useMemo, type ReactElement} from 'react';
import type {ViewKind} from '../board/board-state.js';
import {diffPairs} from '../board/comparisons.js';
import {DiffView} from './DiffView.js';
import {DriftPane} from './drift/DriftPane.js';
import {HistoryPane, PromotePane} from './promote/panes.js';
import type {ViewProps} from './view-props.js';

function DiffPane({view, board, ...rest}: ViewProps) {
  const pairs = useMemo(() => diffPairs(board, view.appId), [board, view.appId]);
  return <DiffView pairs={pairs} {...rest} />;
}

// The view each board key opens.
const VIEWS: Record<ViewKind, (props: ViewProps) => ReactElement> = {
  diff: DiffPane,
  drift: DriftPane,
  promote: PromotePane,
  history: HistoryPane,
};

export function BoardViewSwitch(props: ViewProps) {
  const View = VIEWS[props.view.kind];
  return <View {...props} />;
}
