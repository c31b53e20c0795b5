import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {appendLines, emptyLogBuffer} from '../../source/board/log-buffer.js';
import {parseLogLine} from '../../source/board/log-line.js';
import {readStreamOnce} from '../../source/heroku/log-stream.js';

// A minute at 1,000 lines a second, sent as fast as the socket takes it.
const LINES = 60_000;
let close: (() => void) | null = null;
afterEach(() => close?.());

function line(n: number): string {
  const ts = new Date(Date.UTC(2026, 11, 3, 10, 0, 0) + n).toISOString().replace('Z', '000+00:00');
  return `${ts} heroku[router]: at=info method=GET path="/orders/${n}" host=shop.herokuapp.com request_id=${n.toString(16).padStart(32, '0')} fwd="203.0.113.7" dyno=web.1 connect=0ms service=${n % 300}ms status=200 bytes=${n % 9000} protocol=https`;
}

describe('a fast log stream', () => {
  it('keeps memory bounded: 60,000 lines end in a 5,000-line buffer', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, {'content-type': 'text/plain'});
      let n = 0;
      const pump = () => {
        while (n < LINES) {
          const batch = Array.from({length: 500}, () => line(n++)).join('\n');
          if (!res.write(`${batch}\n`)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stream`;
    const start = process.memoryUsage().heapUsed;
    let buffer = emptyLogBuffer();
    let received = 0;
    let peak = start;
    await readStreamOnce(
      url,
      (lines) => {
        received += lines.length;
        buffer = appendLines(buffer, lines.map(parseLogLine));
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
      {},
    );
    expect(received).toBe(LINES);
    expect(buffer.lines).toHaveLength(5000);
    expect(buffer.dropped).toBe(LINES - 5000);
    expect(buffer.lines.at(-1)?.router?.requestId).toBe((LINES - 1).toString(16).padStart(32, '0'));
    // 5,000 parsed lines take a few MB; 60,000 kept would take ten times as much.
    const growthMb = (peak - start) / 1024 / 1024;
    expect(growthMb).toBeLessThan(64);
  });
});
