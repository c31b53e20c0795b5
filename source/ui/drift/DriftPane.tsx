import {useMemo} from 'react';
import {driftPairsFrom} from '../../board/drift-pairs.js';
import type {ViewProps} from '../view-props.js';
import {DriftView} from './DriftView.js';

// The drift view as the board opens it (`c`): the selected app's stage against the next.
export function DriftPane({view, board, width, height, isActive, onBack, notify}: ViewProps) {
  const {pairs, initial} = useMemo(() => driftPairsFrom(board, view.appId), [board, view.appId]);
  return (
    <DriftView
      pairs={pairs}
      initialPair={initial}
      width={width}
      height={height}
      isActive={isActive}
      onBack={onBack}
      onRefused={(reason) => notify(reason, 'warning')}
    />
  );
}
