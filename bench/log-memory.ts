// Heap use of the log pane's path (stream reader, parser, 5,000-line buffer) under a stream of
// 1,000 lines a second. Run: node --expose-gc --import tsx bench/log-memory.ts [SECONDS]
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {appendLines, emptyLogBuffer} from '../source/board/log-buffer.js';
import {parseLogLine} from '../source/board/log-line.js';
import {readStreamOnce} from '../source/heroku/log-stream.js';

const seconds = Number(process.argv[2] ?? 60);
const perSecond = 1000;
const gc = (globalThis as {gc?: () => void}).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

function line(n: number): string {
  const ts = new Date().toISOString().replace('Z', '000+00:00');
  return `${ts} heroku[router]: at=info method=GET path="/orders/${n}" host=shop.herokuapp.com request_id=${n.toString(16).padStart(32, '0')} fwd="203.0.113.7" dyno=web.1 connect=0ms service=${n % 300}ms status=200 bytes=${n % 9000} protocol=https`;
}

const server = createServer((_req, res) => {
  res.writeHead(200, {'content-type': 'text/plain'});
  let n = 0;
  const timer = setInterval(() => {
    const batch = Array.from({length: perSecond / 10}, () => line(n++));
    res.write(`${batch.join('\n')}\n`);
    if (n >= seconds * perSecond) {
      clearInterval(timer);
      res.end();
    }
  }, 100);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const start = heapMb();
const samples: string[] = [];
let buffer = emptyLogBuffer();
let received = 0;
let nextSample = Date.now() + 5000;
await readStreamOnce(
  url,
  (lines) => {
    received += lines.length;
    buffer = appendLines(buffer, lines.map(parseLogLine));
    if (Date.now() >= nextSample) {
      nextSample += 5000;
      samples.push(`${received} lines: ${heapMb().toFixed(1)} MB`);
    }
  },
  {},
);
server.close();
console.log(`gc exposed: ${gc !== undefined}; heap at start ${start.toFixed(1)} MB`);
for (const sample of samples) console.log(sample);
console.log(
  `end: ${received} lines, buffer ${buffer.lines.length}, heap ${heapMb().toFixed(1)} MB`,
);
