import {appendLines, emptyLogBuffer, type LogBuffer} from '../../../source/board/log-buffer.js';
import {parseLogLine} from '../../../source/board/log-line.js';

export function ts(n: number): string {
  return new Date(Date.UTC(2026, 11, 3, 10, 0, n)).toISOString().replace('Z', '000+00:00');
}

export function routerText(n: number, status: number, code?: string): string {
  const head = code ? `at=error code=${code} desc="Request timeout"` : 'at=info';
  return `${ts(n)} heroku[router]: ${head} method=GET path="/p${n}" host=shop.herokuapp.com dyno=web.1 connect=0ms service=${20 + n}ms status=${status} bytes=10 protocol=https`;
}

export function appText(n: number, dyno = 'web.1'): string {
  return `${ts(n)} app[${dyno}]: line ${n}`;
}

export function bufferOf(texts: string[]): LogBuffer {
  return appendLines(emptyLogBuffer(), texts.map(parseLogLine));
}
