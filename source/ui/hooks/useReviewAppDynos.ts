import {useEffect, useMemo, useRef, useState} from 'react';
import type {Board, DynoGroup} from '../../board/types.js';
import {useServices} from '../services.js';
import {REVIEW_REST_MS} from './useComparisons.js';
import {useDebounced} from './useDebounced.js';

// As long as the board goes between loads of the other apps' dynos: dynos change without a
// release, so what was fetched longer ago than this is dropped rather than shown as current.
const KEEP_MS = 5 * 60_000;

type Fetched = {dynos: DynoGroup[]; at: number};

function withoutOld(known: ReadonlyMap<string, Fetched>, since: number) {
  const kept = [...known].filter(([, fetched]) => fetched.at >= since);
  return kept.length === known.size ? known : new Map(kept);
}

// The board loads no dynos for review apps (there may be hundreds). The one the cursor
// rests on has its dynos fetched, and again at each new board while it stays there; what was
// fetched stays on its card when the cursor moves on, for a while. A failure leaves them
// unknown.
export function useReviewAppDynos(
  board: Board | null,
  reviewAppId: string | null,
): ReadonlyMap<string, DynoGroup[]> {
  const services = useServices();
  const restingOn = useDebounced(reviewAppId, REVIEW_REST_MS);
  const [known, setKnown] = useState<ReadonlyMap<string, Fetched>>(() => new Map());
  // The newest request per app: an older answer that arrives late is not drawn over it.
  const newest = useRef(new Map<string, number>());
  // Where the cursor is now: once it has left, a new board asks nothing more for that app.
  const cursor = useRef(reviewAppId);
  cursor.current = reviewAppId;

  useEffect(() => {
    if (!board) return;
    setKnown((map) => withoutOld(map, services.now() - KEEP_MS));
    if (!restingOn || cursor.current !== restingOn) return;
    const ticket = (newest.current.get(restingOn) ?? 0) + 1;
    newest.current.set(restingOn, ticket);
    services.appDynos(restingOn).then(
      (dynos) => {
        if (newest.current.get(restingOn) !== ticket) return;
        setKnown((map) => new Map(map).set(restingOn, {dynos, at: services.now()}));
      },
      () => undefined,
    );
  }, [board, restingOn, services]);

  return useMemo(
    () => new Map([...known].map(([appId, fetched]) => [appId, fetched.dynos])),
    [known],
  );
}
