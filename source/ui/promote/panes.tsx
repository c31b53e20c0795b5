import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {useCallback, useState} from 'react';
import {Text} from 'ink';
import {findApp} from '../../board/stages.js';
import {progressSummary, type PromotionProgress} from '../../board/promotion-progress.js';
import type {AppCard, Release} from '../../board/types.js';
import {useKeys} from '../hooks/useKeys.js';
import type {HandledBy} from '../key-handlers.js';
import type {ViewProps} from '../views.js';
import {PromoteFlow} from './PromoteFlow.js';
import {ReleaseHistory} from './ReleaseHistory.js';

// The board's `p` and `v` views, in the shape views.tsx expects.

function Missing({isActive, onBack}: Pick<ViewProps, 'isActive' | 'onBack'>) {
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'missing', 'dialog'>> = {back: onBack, choose: onBack};
      dispatchKey('dialog', input, key, handlers);
    },
    {isActive},
  );
  return (
    <Text color="yellow">
      That app is no longer on the board. {offeredKey('dialog', 'back')}: back.
    </Text>
  );
}

type BoardPromotionProps = ViewProps & {
  source: AppCard | null;
  release?: Release | null;
  onClose: () => void;
};

// A promotion opened from the board: the board refreshes once it settles.
function BoardPromotion(props: BoardPromotionProps) {
  const {refresh, notify} = props;
  const onFinished = useCallback(
    (progress: PromotionProgress, shown: boolean) => {
      refresh();
      // The progress view says it already; the board's message line is for a promotion
      // that finished after the person went back.
      if (shown) return;
      const summary = progressSummary(progress);
      notify(summary.text, summary.ok ? 'info' : 'error');
    },
    [refresh, notify],
  );
  if (!props.source) return <Missing isActive={props.isActive} onBack={props.onBack} />;
  return (
    <PromoteFlow
      board={props.board}
      source={props.source}
      release={props.release}
      width={props.width}
      height={props.height}
      isActive={props.isActive}
      onClose={props.onClose}
      onFinished={onFinished}
    />
  );
}

export function PromotePane(props: ViewProps) {
  // The app as it was when `p` was pressed: a refresh meanwhile must not change the source.
  const [source] = useState(() => findApp(props.board, props.view.appId));
  return <BoardPromotion {...props} source={source} onClose={props.onBack} />;
}

export function HistoryPane(props: ViewProps) {
  const {view, board, width, height, isActive, onBack, refresh} = props;
  const app = findApp(board, view.appId);
  const [promoting, setPromoting] = useState<Release | null>(null);
  if (promoting) {
    return (
      <BoardPromotion
        {...props}
        source={app}
        release={promoting}
        onClose={() => setPromoting(null)}
      />
    );
  }
  if (!app) return <Missing isActive={isActive} onBack={onBack} />;
  return (
    <ReleaseHistory
      app={app}
      width={width}
      height={height}
      isActive={isActive}
      onClose={onBack}
      onPromote={setPromoting}
      onRolledBack={refresh}
    />
  );
}
