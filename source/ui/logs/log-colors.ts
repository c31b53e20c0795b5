import type {LineClass} from '../../board/log-line.js';

// Router lines by status class; router errors (H10, H12, ...) stand out in bold red.
export const LINE_COLOR: Record<LineClass, string | undefined> = {
  info: undefined,
  ok: 'green',
  redirect: 'cyan',
  'client-error': 'yellow',
  'server-error': 'red',
  'h-error': 'red',
};

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
