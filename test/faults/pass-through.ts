import {
  createServer,
  request,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';

// What the test proxies in front of the simulator share (fault-proxy.ts, diff/recording-proxy.ts):
// a server on 127.0.0.1, and a request forwarded to the target with its answer piped back.

export async function listenLocal(
  handler: RequestListener,
): Promise<{url: string; close(): Promise<void>}> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// Sends the request on to `target`; `onAnswer` may take the answer over (it returns true).
export function forward(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  onAnswer?: (answer: IncomingMessage) => boolean,
): void {
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: {...req.headers, host: target.host},
    },
    (answer) => {
      if (onAnswer?.(answer)) return;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}
