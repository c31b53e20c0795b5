import {Box, Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {useNow} from '../../source/ui/hooks/useNow.js';
import {ServicesProvider} from '../../source/ui/services.js';
import {StatusBar, type StatusBarProps} from '../../source/ui/StatusBar.js';
import {fakeServices} from './fake-services.js';
import {NOW} from './fixtures.js';
import {frameOf, renderAt, unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const PROPS: StatusBarProps = {
  pipeline: 'whitewave',
  email: 'alice@example.com',
  lastRefreshAt: NOW,
  refreshing: false,
  stale: false,
  rateLimitRemaining: 4000,
  width: 100,
};

function statusAt(lastRefreshAt: number) {
  return renderAt(
    <ServicesProvider services={fakeServices()}>
      <StatusBar {...PROPS} lastRefreshAt={lastRefreshAt} />
    </ServicesProvider>,
    {columns: 100, rows: 10},
  );
}

describe('StatusBar', () => {
  it('tells the age of the last refresh in whole minutes, next to its clock time', async () => {
    const fresh = statusAt(NOW - 42_000);
    expect(await waitForFrame(fresh, (f) => f.includes('refreshed'))).toContain('(just now)');
    const older = statusAt(NOW - 5 * 60_000 - 42_000);
    expect(await waitForFrame(older, (f) => f.includes('refreshed'))).toContain('(5m ago)');
  });

  it('never calls a stale board "just now" once ten seconds have gone by', async () => {
    const stale = renderAt(
      <ServicesProvider services={fakeServices()}>
        <StatusBar {...PROPS} stale lastRefreshAt={NOW - 42_000} />
      </ServicesProvider>,
      {columns: 100, rows: 10},
    );
    const frame = await waitForFrame(stale, (f) => f.includes('STALE'));
    expect(frame).toMatch(/STALE, last refresh \d\d:\d\d:\d\d \(42s ago\)/);
  });
});

function Clock(props: {label?: string; since: number | null; stepMs: number}) {
  return <Text>{`${props.label ?? 'now'}=${useNow(props.since, props.stepMs)}`}</Text>;
}

describe('useNow', () => {
  it('ticks when the time since `since` reaches the next step', async () => {
    let clock = 1_000;
    const services = fakeServices({now: () => clock});
    const since = 1_000;
    const instance = renderAt(
      <ServicesProvider services={services}>
        <Clock since={since} stepMs={40} />
      </ServicesProvider>,
      {columns: 40, rows: 5},
    );
    expect(frameOf(instance)).toBe('now=1000');
    clock = 1_040;
    await waitForFrame(instance, (f) => f === 'now=1040');
    clock = 1_080;
    await waitForFrame(instance, (f) => f === 'now=1080');
  });

  it('stays still without a time to count from', async () => {
    let clock = 1_000;
    const services = fakeServices({now: () => clock});
    const instance = renderAt(
      <ServicesProvider services={services}>
        <Box flexDirection="column">
          <Clock label="counting" since={1_000} stepMs={40} />
          <Clock label="still" since={null} stepMs={40} />
        </Box>
      </ServicesProvider>,
      {columns: 40, rows: 5},
    );
    clock = 1_040;
    const ticked = await waitForFrame(instance, (f) => f.includes('counting=1040'));
    expect(ticked).toContain('still=1000');
  });
});
