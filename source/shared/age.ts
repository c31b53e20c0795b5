const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Compact age for cards and lists: '45s', '3m', '2h', '5d', '3mo', '2y'. Clocks disagree
// by a few seconds, so a time in the future reads 'now' rather than a negative age.
export function formatAge(iso: string | null, nowMs: number): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const elapsed = nowMs - then;
  if (elapsed < SECOND) return 'now';
  if (elapsed < MINUTE) return `${Math.floor(elapsed / SECOND)}s`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}m`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}h`;
  const days = Math.floor(elapsed / DAY);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${Math.floor(days / 30)}mo`;
  return `${Math.floor(days / 365)}y`;
}
