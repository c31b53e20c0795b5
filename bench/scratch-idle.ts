import {CLI} from '../test/e2e/build.js';
import {openSession} from './session.js';
const s = await openSession({cli: CLI, apps: 200, latencyMs: 80, refreshSeconds: 1});
console.log(s.cold);
const t0 = s.sim.requests[0]!.startedAt;
await new Promise((r) => setTimeout(r, 4000));
for (const r of s.sim.requests.slice(s.boardMark)) console.log(r.startedAt - t0, r.endedAt - t0, r.status, r.method, r.path.slice(0, 90));
const plat = s.sim.requests.slice(0, s.boardMark).filter(r => !/^\/(kolkrabbi|github|streams)\//.test(r.path));
console.log('api span', Math.max(...plat.map(r=>r.endedAt)) - Math.min(...plat.map(r=>r.startedAt)));
const counts: Record<string, number> = {};
for (const r of plat) { const k = r.path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*/, ''); counts[k] = (counts[k] ?? 0) + 1; }
console.log(counts);
await s.close();
