import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {readOutputStream} from '../../source/heroku/output-stream.js';
import {TailBuffer} from '../../source/heroku/tail-buffer.js';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

// A stream far larger than the cap, sent in many chunks: a hostile output host.
async function floodingServer(chunks: number, chunk: string, last: string): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, {'content-type': 'text/plain'});
    let sent = 0;
    const more = (): void => {
      while (sent < chunks) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end(last);
    };
    more();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/streams/flood`;
}

describe('TailBuffer', () => {
  it('never holds more than the limit plus one chunk, and keeps the tail', () => {
    const tail = new TailBuffer(10);
    let most = 0;
    for (let i = 0; i < 1000; i++) {
      tail.push(Buffer.from(`line ${i}\n`));
      most = Math.max(most, tail.size);
    }
    expect(most).toBeLessThanOrEqual(10 + 'line 999\n'.length);
    expect(tail.text()).toBe('8\nline 999\n'.slice(-10));
  });

  it('keeps only the tail of one chunk larger than the limit', () => {
    const tail = new TailBuffer(4);
    tail.push(Buffer.from('abcdefgh'));
    expect(tail.size).toBe(4);
    expect(tail.text()).toBe('efgh');
  });

  it('does not start the tail in the middle of a character', () => {
    const tail = new TailBuffer(5);
    tail.push(Buffer.from('ééé'));
    expect(tail.text()).toBe('éé');
  });
});

describe('readOutputStream on a huge stream', () => {
  it('returns the last bytes of a stream many times the cap', async () => {
    const url = await floodingServer(2000, 'x'.repeat(1024), 'Release command failed: exit 1\n');
    const text = await readOutputStream(url, {userAgent: 'test', maxBytes: 64 * 1024});
    expect(text).not.toBeNull();
    expect(Buffer.byteLength(text!)).toBe(64 * 1024);
    expect(text!.endsWith('Release command failed: exit 1\n')).toBe(true);
  });
});
