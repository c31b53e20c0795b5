import {afterEach, describe, expect, it} from 'vitest';
import {useMemo} from 'react';
import type {LogBuffer} from '../../../source/board/log-buffer.js';
import {HerokuClient} from '../../../source/heroku/client.js';
import {appLogSource} from '../../../source/heroku/log-source.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import {LogPane} from '../../../source/ui/logs/LogPane.js';
import {useLogStream} from '../../../source/ui/logs/useLogStream.js';
import {renderAt, unmountAll, waitForFrame} from '../helpers.js';

let sim: Simulator | null = null;
afterEach(async () => {
  unmountAll();
  await sim?.close();
  sim = null;
});

function Logs(props: {simulator: Simulator; seen: {buffer: LogBuffer | null}}) {
  const feed = useMemo(
    () =>
      appLogSource(
        new HerokuClient({apiUrl: props.simulator.url, token: props.simulator.token}),
        'whitewave-staging',
        {tail: true, lines: 100},
      ),
    [props.simulator],
  );
  const stream = useLogStream(feed, {flushMs: 20});
  props.seen.buffer = stream.buffer;
  return (
    <LogPane
      title="whitewave-staging"
      buffer={stream.buffer}
      offset={0}
      notice={stream.notice}
      width={100}
      height={10}
    />
  );
}

describe('a dropped stream on screen', () => {
  it('says it reconnected and shows no line twice', async () => {
    sim = await startSimulator({logs: {requestsPerSecond: 40}});
    const seen: {buffer: LogBuffer | null} = {buffer: null};
    const ui = renderAt(<Logs simulator={sim} seen={seen} />, {columns: 100, rows: 10});
    await waitForFrame(ui, (f) => / of (1[5-9]\d|[2-9]\d\d)\b/.test(f));
    expect(sim.dropLogStreams()).toBe(1);
    await waitForFrame(ui, (f) => f.includes('reconnected after'));
    const count = seen.buffer!.lines.length;
    await waitForFrame(ui, () => seen.buffer!.lines.length > count + 40);
    const raws = seen.buffer!.lines.map((l) => l.raw);
    expect(new Set(raws).size).toBe(raws.length);
    const times = seen.buffer!.lines.map((l) => l.timeMs!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
