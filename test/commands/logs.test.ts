import {sink} from './capture.js';
import {afterEach, describe, expect, it} from 'vitest';
import {logsApp, runLogs, type LogsInput} from '../../source/commands/logs.js';
import {HerokuClient} from '../../source/heroku/client.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function run(input: Partial<LogsInput>) {
  const stdout = sink();
  const stderr = sink();
  const client = new HerokuClient({apiUrl: sim.url, token: sim.token});
  const code = await runLogs({
    client,
    app: 'whitewave-prod',
    tail: false,
    json: false,
    stdout: stdout.stream,
    stderr: stderr.stream,
    ...input,
  });
  return {code, out: stdout.text(), err: stderr.text()};
}

describe('pipeline-tui logs', () => {
  it('prints the requested history of one process type and never the stream URL', async () => {
    sim = await startSimulator();
    const {code, out, err} = await run({num: '30', type: 'web'});
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(30);
    expect(lines.every((l) => /^\S+ app\[web\.\d\]: /.test(l))).toBe(true);
    expect(out + err).not.toContain('/streams/logs/');
    expect(err).toBe('');
  });

  it('prints one JSON object per line with the parsed router fields', async () => {
    sim = await startSimulator();
    const {out} = await run({num: '20', dyno: 'router', json: true});
    const objects = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as {dyno: string; class: string; router: {status: number}});
    expect(objects).toHaveLength(20);
    expect(objects.every((o) => o.dyno === 'router' && typeof o.router.status === 'number')).toBe(
      true,
    );
    expect(objects[0]!.class).toMatch(/^(ok|redirect|client-error|server-error|h-error)$/);
  });

  it('follows with --tail until stopped', async () => {
    sim = await startSimulator({logs: {requestsPerSecond: 50}});
    const stop = new AbortController();
    const stdout = sink();
    const running = runLogs({
      client: new HerokuClient({apiUrl: sim.url, token: sim.token}),
      app: 'whitewave-staging',
      tail: true,
      num: '1',
      json: false,
      stdout: stdout.stream,
      stderr: sink().stream,
      signal: stop.signal,
    });
    const deadline = Date.now() + 5000;
    while (stdout.text().split('\n').length < 20 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stop.abort();
    expect(await running).toBe(0);
    expect(stdout.text().split('\n').length).toBeGreaterThanOrEqual(20);
  });

  it('says in one sentence what is wrong with a bad option', async () => {
    sim = await startSimulator();
    await expect(run({num: '0'})).rejects.toThrow(
      '--num takes a whole number from 1 to 1500, not "0".',
    );
    await expect(run({dyno: 'web 1'})).rejects.toThrow(
      '--dyno takes a dyno name such as web.1, not "web 1".',
    );
    await expect(run({type: '$(x)'})).rejects.toThrow(
      '--type takes a process type such as web, not "$(x)".',
    );
    await expect(run({app: 'no-such-app'})).rejects.toThrow(/Couldn't find that app/);
    expect(() => logsApp([])).toThrow(/^logs needs an app: pipeline-tui logs APP/);
    expect(() => logsApp(['a', 'b'])).toThrow('Unexpected argument "b". See pipeline-tui --help.');
    expect(logsApp(['shop'])).toBe('shop');
  });
});
