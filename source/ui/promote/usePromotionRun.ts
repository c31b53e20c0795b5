import {useEffect, useState} from 'react';
import type {PromotionProgress} from '../../board/promotion-progress.js';
import type {PromotionRun} from '../../contract/promotion.js';

// The run's progress as React state; every change the runner reports re-renders.
export function usePromotionRun(run: PromotionRun): PromotionProgress {
  const [progress, setProgress] = useState(() => run.progress());
  useEffect(() => {
    setProgress(run.progress());
    return run.subscribe(setProgress);
  }, [run]);
  return progress;
}
