import {CLI} from '../test/e2e/build.js';
import {keyPlan, keypressLatencies} from './keys.js';
import {openSession, quiet} from './session.js';
const s = await openSession({cli: CLI, apps: 200, latencyMs: 80, refreshSeconds: 0});
await quiet(s, 300);
const plan = keyPlan(15);
const out: string[] = [];
for (const k of plan) { await quiet(s, 150); const [l] = await keypressLatencies(s, [k]); out.push(`${k}:${l!.toFixed(0)}`); }
console.log(out.join(' '));
await s.close();
