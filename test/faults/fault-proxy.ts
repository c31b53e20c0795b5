import {forward, listenLocal} from './pass-through.js';

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
  const server = await listenLocal((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    seen.push({method, path});
    const fault = take(method, path.split('?')[0]!);
    if (fault?.action === 'reset-before') return void req.socket.destroy();
    if (fault?.action === 'hang') return;
    forward(req, res, target, (answer) => {
      if (fault?.action !== 'reset-after') return false;
      answer.resume();
      answer.on('end', () => req.socket.destroy());
      return true;
    });
  });
  return {
    url: server.url,
    add: (fault) => void faults.push({...fault}),
    clear: () => void faults.splice(0),
    seen,
    close: server.close,
  };
}
