import {Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {useEffect} from 'react';
import {
  useLogStream,
  type LogFeed,
  type LogFeedHandlers,
} from '../../../source/ui/logs/useLogStream.js';
import {LogPane} from '../../../source/ui/logs/LogPane.js';
import {renderAt, unmountAll, waitForFrame} from '../helpers.js';
import {appText} from './fixtures.js';

afterEach(() => unmountAll());

function fakeFeed() {
  let handlers: LogFeedHandlers | null = null;
  let stopped = 0;
  const feed: LogFeed = {
    start(h) {
      handlers = h;
      return {stop: () => void (stopped += 1), done: new Promise<void>(() => undefined)};
    },
  };
  return {feed, send: () => handlers!, stopped: () => stopped};
}

function Harness(props: {feed: LogFeed; paused?: boolean; type?: string}) {
  const stream = useLogStream(props.feed, {flushMs: 5});
  const {setPaused, setFilter} = stream;
  useEffect(() => setPaused(props.paused ?? false), [props.paused, setPaused]);
  useEffect(() => setFilter({processType: props.type ?? null}), [props.type, setFilter]);
  return (
    <>
      <LogPane
        title="shop"
        buffer={stream.buffer}
        offset={0}
        notice={stream.notice}
        width={70}
        height={8}
      />
      <Text>{`held ${stream.buffer.held.length}`}</Text>
    </>
  );
}

describe('useLogStream', () => {
  it('shows lines from the feed, pauses, filters, reports a reconnect and stops on unmount', async () => {
    const fake = fakeFeed();
    const ui = renderAt(<Harness feed={fake.feed} />, {columns: 70, rows: 10});
    fake.send().onLines([appText(1), appText(2, 'worker.1')]);
    await waitForFrame(ui, (f) => f.includes('line 2') && f.includes('line 1'));

    ui.rerender(<Harness feed={fake.feed} paused />);
    await waitForFrame(ui, (f) => f.includes('PAUSED'));
    fake.send().onLines([appText(3)]);
    await waitForFrame(ui, (f) => f.includes('held 1') && !f.includes('line 3'));

    ui.rerender(<Harness feed={fake.feed} type="worker" />);
    const filtered = await waitForFrame(ui, (f) => f.includes('filter: type worker'));
    expect(filtered).toContain('line 2');
    expect(filtered).not.toMatch(/line [13]\b/);

    fake.send().onReconnect!({gapMs: 12_400, attempt: 1});
    await waitForFrame(ui, (f) => f.includes('reconnected after 12 s without data'));
    ui.unmount();
    expect(fake.stopped()).toBe(1);
  });

  it('keeps at most the buffer capacity of a burst between two redraws', async () => {
    const fake = fakeFeed();
    const ui = renderAt(<Harness feed={fake.feed} />, {columns: 70, rows: 10});
    fake.send().onLines(Array.from({length: 12_000}, (_, n) => appText(n % 60)));
    const frame = await waitForFrame(ui, (f) => f.includes('of 5000'));
    expect(frame).toContain('shop · following · 4995-5000 of 5000');
  });
});
