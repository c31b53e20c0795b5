import {useCallback, useEffect, useRef, useState} from 'react';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import {isSettled, type PromotionProgress} from '../../board/promotion-progress.js';
import {useLatest} from '../hooks/useLatest.js';
import type {PromotionRun, PromotionServices} from '../../contract/promotion.js';

type Shown = {run: PromotionRun; progress: PromotionProgress};
type Watch = {stop: () => void; reported: () => boolean};

// The promotion a view shows: the one still running when it opened, or the one it starts.
// One subscription per run draws every change while the view is open and, for a run
// started here, reports its end through `onSettled` even after the view closed (`shown`
// says which); it ends itself once that report is made.
export function usePromotionRun(
  services: Pick<PromotionServices, 'runningPromotion' | 'startPromotion'>,
  onSettled: (progress: PromotionProgress, shown: boolean) => void,
) {
  const [initial] = useState(() => services.runningPromotion());
  const [shown, setShown] = useState<Shown | null>(() =>
    initial ? {run: initial, progress: initial.progress()} : null,
  );
  const mounted = useRef(true);
  const watching = useRef<Watch | null>(null);
  const latestOnSettled = useLatest(onSettled);

  const watch = useCallback(
    (run: PromotionRun, reports: boolean): Watch => {
      let reported = !reports;
      const stop = run.subscribe((progress) => {
        if (mounted.current) setShown({run, progress});
        if (reported || !isSettled(progress)) return;
        reported = true;
        latestOnSettled.current(progress, mounted.current);
        if (!mounted.current) stop();
      });
      return {stop, reported: () => reported};
    },
    [latestOnSettled],
  );

  useEffect(() => {
    mounted.current = true;
    const watched = watching;
    if (initial) {
      watched.current = watch(initial, false);
      setShown({run: initial, progress: initial.progress()});
    }
    return () => {
      mounted.current = false;
      // A run this view started keeps its watch until its end is reported.
      if (watched.current?.reported()) watched.current.stop();
    };
  }, [initial, watch]);

  const start = useCallback(
    (plan: PromotionPlan) => {
      const already = services.runningPromotion();
      const run = services.startPromotion(plan);
      watching.current?.stop();
      watching.current = watch(run, run !== already);
      setShown({run, progress: run.progress()});
    },
    [services, watch],
  );

  return {run: shown?.run ?? null, progress: shown?.progress ?? null, start};
}
