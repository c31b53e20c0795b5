import {useState} from 'react';
import {findApp} from '../../board/stages.js';
import type {Release} from '../../board/types.js';
import type {ViewProps} from '../view-props.js';
import {MissingApp} from './MissingApp.js';
import {PromoteFlow} from './PromoteFlow.js';
import {ReleaseHistory} from './ReleaseHistory.js';
import {usePromotionNotice} from './usePromotionNotice.js';

// The board's `v` view: the release history, and the promotion of a release chosen there.
export function HistoryPane(props: ViewProps) {
  const {view, board, width, height, isActive, onBack, refresh, notify} = props;
  const app = findApp(board, view.appId);
  const [promoting, setPromoting] = useState<Release | null>(null);
  const onFinished = usePromotionNotice(refresh, notify);
  if (!app) return <MissingApp isActive={isActive} onBack={onBack} />;
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
        notify={notify}
        after={{board, onRolledBack: refresh, notify}}
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
