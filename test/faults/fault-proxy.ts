import {createServer, request} from 'node:http';
import type {AddressInfo} from 'node:net';

// A fault-injecting proxy on 127.0.0.1 in front of the simulator, for the built program:
// it forwards every request and, where a rule matches, loses the answer after the simulator
// acted (a reset after forwarding), resets before forwarding, or holds the request.

export type ProxyFault = {
  method?: string;
  path: RegExp;
  action: 'reset-after' | 'reset-before' | 'hang';
  times?: number;
};

export type FaultProxy = {
  url: string;
  add(fault: ProxyFault): void;
  clear(): void;
  // Requests that reached the proxy, e.g. to count promotion POSTs.
  seen: Array<{method: string; path: string}>;
  close(): Promise<void>;
};

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const faults: ProxyFault[] = [];
  const seen: FaultProxy['seen'] = [];
  const take = (method: string, path: string) => {
    const index = faults.findIndex(
      (f) => (f.method === undefined || f.method === method) && f.path.test(path),
    );
    const fault = faults[index];
    if (fault?.times !== undefined && --fault.times <= 0) faults.splice(index, 1);
    return fault;
  };
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    seen.push({method, path});
    const fault = take(method, path.split('?')[0]!);
    if (fault?.action === 'reset-before') return void req.socket.destroy();
    if (fault?.action === 'hang') return;
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        headers: {...req.headers, host: target.host},
      },
      (answer) => {
        if (fault?.action === 'reset-after') {
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    add: (fault) => void faults.push({...fault}),
    clear: () => void faults.splice(0),
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
