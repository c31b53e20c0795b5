import {useCallback} from 'react';
import {progressSummary, type PromotionProgress} from '../../board/promotion-progress.js';
import type {MessageTone} from '../hooks/useTransientMessage.js';
import {useServices} from '../services.js';

// What a promotion opened from the board does once it settles: the board refreshes, and
// one that finished after the person went back says how it went in the message line (the
// progress view says it already while open). The bell rings for it either way.
export function usePromotionNotice(
  refresh: () => void,
  notify: (text: string, tone?: MessageTone) => void,
) {
  const services = useServices();
  return useCallback(
    (progress: PromotionProgress, shown: boolean) => {
      services.promotionSeen(progress);
      refresh();
      if (shown) return;
      const summary = progressSummary(progress);
      notify(summary.text, summary.ok ? 'info' : 'error');
    },
    [services, refresh, notify],
  );
}
