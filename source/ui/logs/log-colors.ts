import type {LineClass, LogLine} from '../../board/log-line.js';

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

// A line as a pane draws it: the time of day (UTC, as Heroku stamps it) instead of the whole
// timestamp, which would take a third of a narrow pane. Lines without a timestamp as they came.
export function paneText(line: LogLine): string {
  const time = line.timestamp ? /T(\d\d:\d\d:\d\d)/.exec(line.timestamp)?.[1] : undefined;
  if (!time || line.source === null) return line.raw;
  return `${time} ${line.source}[${line.dyno ?? ''}]: ${line.message}`;
}
