import {useCallback} from 'react';
import {progressSummary, type PromotionProgress} from '../../board/promotion-progress.js';
import type {MessageTone} from '../hooks/useTransientMessage.js';

// What a promotion opened from the board does once it settles: the board refreshes, and
// one that finished after the person went back says how it went in the message line (the
// progress view says it already while open).
export function usePromotionNotice(
  refresh: () => void,
  notify: (text: string, tone?: MessageTone) => void,
) {
  return useCallback(
    (progress: PromotionProgress, shown: boolean) => {
      refresh();
      if (shown) return;
      const summary = progressSummary(progress);
      notify(summary.text, summary.ok ? 'info' : 'error');
    },
    [refresh, notify],
  );
}
