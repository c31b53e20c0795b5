import {useCallback, useState} from 'react';
import {Text, useInput} from 'ink';
import {findApp} from '../../board/board-state.js';
import {progressSummary, type PromotionProgress} from '../../board/promotion-progress.js';
import type {Release} from '../../board/types.js';
import type {ViewProps} from '../views.js';
import {PromoteFlow} from './PromoteFlow.js';
import {ReleaseHistory} from './ReleaseHistory.js';

// The board's `p` and `v` views, in the shape views.tsx expects.

function useFinished(refresh: () => void, notify: ViewProps['notify']) {
  return useCallback(
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
}

function Missing({isActive, onBack}: Pick<ViewProps, 'isActive' | 'onBack'>) {
  useInput(
    (input, key) => {
      if (key.escape || input === 'q' || key.return) onBack();
    },
    {isActive},
  );
  return <Text color="yellow">That app is no longer on the board. Esc: back.</Text>;
}

export function PromotePane({
  view,
  board,
  width,
  height,
  isActive,
  onBack,
  refresh,
  notify,
}: ViewProps) {
  // The app as it was when `p` was pressed: a refresh meanwhile must not change the source.
  const [source] = useState(() => findApp(board, view.appId));
  const onFinished = useFinished(refresh, notify);
  if (!source) return <Missing isActive={isActive} onBack={onBack} />;
  return (
    <PromoteFlow
      board={board}
      source={source}
      width={width}
      height={height}
      isActive={isActive}
      onClose={onBack}
      onFinished={onFinished}
    />
  );
}

export function HistoryPane({
  view,
  board,
  width,
  height,
  isActive,
  onBack,
  refresh,
  notify,
}: ViewProps) {
  const app = findApp(board, view.appId);
  const [promoting, setPromoting] = useState<Release | null>(null);
  const onFinished = useFinished(refresh, notify);
  if (!app) return <Missing isActive={isActive} onBack={onBack} />;
  if (promoting) {
    return (
      <PromoteFlow
        board={board}
        source={app}
        release={promoting}
        width={width}
        height={height}
        isActive={isActive}
        onClose={() => setPromoting(null)}
        onFinished={onFinished}
      />
    );
  }
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
