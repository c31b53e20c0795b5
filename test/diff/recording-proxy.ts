import type {IncomingHttpHeaders} from 'node:http';
import {forward, listenLocal} from '../faults/pass-through.js';

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
  const server = await listenLocal((req, res) => {
    const path = req.url ?? '/';
    seen.push({method: req.method ?? 'GET', path, headers: {...req.headers}});
    const canned = interceptor?.(path) ?? null;
    if (canned) {
      res.writeHead(canned.status, canned.headers);
      res.end();
      return;
    }
    forward(req, res, target);
  });
  return {
    origin: server.url,
    seen,
    intercept: (handler) => void (interceptor = handler),
    close: server.close,
  };
}
