import {useEffect} from 'react';
import {rollingOut} from '../../board/card-rollout.js';
import type {Board} from '../../board/types.js';

// After a release the dynos restart one by one: while any card shows dynos on an older
// release (or starting), the board is loaded again after a few seconds, so the rollout
// moves on the card instead of waiting for the next refresh.
export const ROLLOUT_REFRESH_MS = 3000;

export function useRolloutRefresh(
  board: Board | null,
  refresh: () => void,
  delayMs = ROLLOUT_REFRESH_MS,
) {
  const rolling = board?.columns.some((column) => column.apps.some(rollingOut)) ?? false;
  useEffect(() => {
    if (!rolling) return;
    const timer = setTimeout(refresh, delayMs);
    return () => clearTimeout(timer);
  }, [board, rolling, refresh, delayMs]);
}
