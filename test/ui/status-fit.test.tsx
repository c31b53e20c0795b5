import {afterEach, describe, expect, it} from 'vitest';
import {ServicesProvider} from '../../source/ui/services.js';
import {StatusBar, type StatusBarProps} from '../../source/ui/StatusBar.js';
import {fitStatusParts} from '../../source/ui/status-parts.js';
import {fakeServices} from './fake-services.js';
import {NOW} from './fixtures.js';
import {renderAt, unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const PROPS: StatusBarProps = {
  pipeline: 'whitewave',
  email: 'avery.brooks@whitewave.io',
  lastRefreshAt: NOW - 5_000,
  refreshing: false,
  stale: false,
  rateLimitRemaining: 4484,
  width: 140,
};

async function statusLine(props: Partial<StatusBarProps>, columns: number): Promise<string> {
  const view = renderAt(
    <ServicesProvider services={fakeServices()}>
      <StatusBar {...PROPS} {...props} width={columns} />
    </ServicesProvider>,
    {columns, rows: 5},
  );
  return (await waitForFrame(view, (f) => f.includes('whitewave'))).split('\n')[0]!;
}

describe('the status line at every width', () => {
  it('says everything at 140 columns', async () => {
    const line = await statusLine({}, 140);
    expect(line).toMatch(
      /^whitewave · avery\.brooks@whitewave\.io · refreshed \d\d:\d\d:\d\d \(just now\) · API 4484 left$/,
    );
  });

  it('keeps the whole API count at 80 columns, with the e-mail and a bare clock time', async () => {
    const line = await statusLine({}, 80);
    expect(line).toMatch(
      /^whitewave · avery\.brooks@whitewave\.io · \d\d:\d\d:\d\d · API 4484 left$/,
    );
  });

  it('keeps the whole API count at 60 columns, and the refresh in progress', async () => {
    const line = await statusLine({refreshing: true}, 60);
    expect(line).toContain('API 4484 left');
    expect(line).toContain('refreshing');
    expect(line).not.toContain('…');
    expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('keeps a stale board’s warning before the e-mail', async () => {
    const line = await statusLine({stale: true}, 60);
    expect(line).toMatch(/STALE since \d\d:\d\d:\d\d · API 4484 left/);
  });

  it('cuts only the pipeline name when nothing else is left to give way', () => {
    const fitted = fitStatusParts(
      [
        {key: 'pipeline', text: 'a-very-long-pipeline-name', keep: 100},
        {key: 'email', text: 'x@y.z', keep: 1},
      ],
      10,
    );
    expect(fitted.map((p) => p.key)).toEqual(['pipeline']);
  });
});
