import {createServer, request, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';

// A pass-through to the simulator on its own port, recording what each request carried:
// it stands for one host, so a test can see which credentials reached which host.
export type SeenRequest = {method: string; path: string; headers: IncomingHttpHeaders};

export type RecordingProxy = {
  origin: string;
  seen: SeenRequest[];
  // Answer matching requests directly instead of forwarding them (e.g. with a redirect).
  intercept(
    handler: ((path: string) => {status: number; headers: Record<string, string>} | null) | null,
  ): void;
  close(): Promise<void>;
};

export async function startRecordingProxy(targetOrigin: string): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const target = new URL(targetOrigin);
  let interceptor: Parameters<RecordingProxy['intercept']>[0] = null;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({method: req.method ?? 'GET', path, headers: {...req.headers}});
    const canned = interceptor?.(path) ?? null;
    if (canned) {
      res.writeHead(canned.status, canned.headers);
      res.end();
      return;
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path,
        headers: {...req.headers, host: target.host},
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    intercept: (handler) => void (interceptor = handler),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
