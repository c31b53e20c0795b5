import {existsSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {CLI} from '../test/e2e/build.js';
import {killAllPtys} from '../test/e2e/pty.js';
import {describeMachine} from './machine.js';
import {benchOverview, renderOverview} from './overview.js';

// npm run bench:overview [-- --pipelines N --latency MS]: the overview's part of the bench alone.
const {values} = parseArgs({
  options: {pipelines: {type: 'string', default: '230'}, latency: {type: 'string', default: '80'}},
});

try {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first.`);
  const machine = describeMachine();
  const result = await benchOverview({
    cli: CLI,
    pipelines: Number(values.pipelines),
    latencyMs: Number(values.latency),
  });
  const {text, missed} = renderOverview(result);
  process.stdout.write(`${text}\nMachine: ${JSON.stringify(machine)}\n`);
  if (missed.length > 0) process.stdout.write(`Missed: ${missed.join('; ')}\n`);
  process.exitCode = missed.length > 0 ? 1 : 0;
} catch (error) {
  process.stderr.write(
    `\nThe benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
} finally {
  await killAllPtys();
}
