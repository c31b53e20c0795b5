import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/App.js';
import {ServicesProvider} from '../../source/ui/services.js';
import {pendingRow, type OverviewRow} from '../../source/board/overview-rows.js';
import type {PipelineSummary} from '../../source/board/types.js';
import {fakeServices} from './fake-services.js';
import {NOW, PIPELINE} from './fixtures.js';
import {KEYS, pressUntil, renderAt, unmountAll, waitFor, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const HOUR = 3_600_000;
const pipelines: PipelineSummary[] = ['alpha', 'bravo', 'charlie', 'delta'].map((name) => ({
  ...PIPELINE,
  name,
  id: `p-${name}`,
}));
const row = (index: number, extra: Partial<OverviewRow>): OverviewRow => ({
  ...pendingRow(pipelines[index]!),
  load: 'done',
  owner: 'team-a',
  staging: 's',
  production: 'p',
  state: {kind: 'in-sync'},
  failedRelease: false,
  crashedDynos: 0,
  ...extra,
});
const iso = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString();

function renderOverview() {
  const services = fakeServices({listPipelines: async () => pipelines});
  const instance = renderAt(
    <ServicesProvider services={services}>
      <App refreshSeconds={0} />
    </ServicesProvider>,
    {columns: 120, rows: 20},
  );
  return {services, instance, frame: () => instance.lastFrame() ?? ''};
}

const lineOf = (frame: string, name: string) =>
  frame.split('\n').find((l) => l.includes(` ${name} `)) ?? '';
const order = (frame: string) =>
  frame
    .split('\n')
    .map((l) => /^[❯ ] (alpha|bravo|charlie|delta)\b/.exec(l)?.[1])
    .filter(Boolean);

describe('the overview', () => {
  it('shows rows not loaded as such, then fills them in as they arrive', async () => {
    const {services, frame} = renderOverview();
    await waitForFrame(frame, (f) => f.includes('4 of 4'));
    expect(lineOf(frame(), 'alpha')).toMatch(/alpha\s+…\s+Cedar\s+…\s+…\s+…/);
    await waitFor(() => services.feeds.length === 1, 3000, 'the feed');
    const feed = services.feeds[0]!;
    await waitFor(() => feed.focused.some((ids) => ids.length === 4), 3000, 'the focus');
    feed.land([
      row(1, {
        state: {kind: 'ahead', ahead: 3},
        waitingSince: iso(72),
        lastPromotion: {at: iso(48), by: 'ken.ito@fleet.example'},
        crashedDynos: 2,
        failedRelease: true,
      }),
      row(2, {state: {kind: 'unknown', reason: 'no staging'}}),
    ]);
    const filled = await waitForFrame(frame, (f) => f.includes('3 ahead'));
    expect(lineOf(filled, 'bravo')).toMatch(
      /bravo\s+team-a\s+Cedar\s+3 ahead\s+waiting 3d\s+2d ago ken\.ito\s+failed 2 crashed/,
    );
    expect(lineOf(filled, 'charlie')).toContain('unknown: no staging');
    expect(lineOf(filled, 'alpha')).toContain('…');
    // Most waiting first: bravo leads.
    expect(order(filled)[0]).toBe('bravo');
  });

  it('sorts by name and by last promotion with Tab, and refreshes with Ctrl-R', async () => {
    const {services, instance, frame} = renderOverview();
    await waitFor(() => services.feeds.length === 1, 3000, 'the feed');
    services.feeds[0]!.land([
      row(0, {lastPromotion: {at: iso(100), by: null}}),
      row(1, {lastPromotion: {at: iso(1), by: null}}),
      row(2, {
        waitingSince: iso(5),
        state: {kind: 'ahead', ahead: 1},
        lastPromotion: {at: iso(50), by: null},
      }),
      row(3, {lastPromotion: {at: iso(10), by: null}}),
    ]);
    await waitForFrame(frame, (f) => order(f)[0] === 'charlie');
    await pressUntil(instance, KEYS.tab, (f) => f.includes('sorted by name'));
    expect(order(frame())).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    instance.stdin.write(KEYS.tab);
    await waitForFrame(frame, (f) => f.includes('sorted by last promotion'));
    expect(order(frame())).toEqual(['bravo', 'delta', 'charlie', 'alpha']);
    instance.stdin.write('\u0012');
    await waitFor(() => services.feeds[0]!.refreshes === 1, 3000, 'the refresh');
  });

  it('opens the highlighted row, and Esc on the board comes back with the cursor where it was', async () => {
    const {services, instance, frame} = renderOverview();
    await waitForFrame(frame, (f) => f.includes('4 of 4'));
    await pressUntil(instance, KEYS.down, (f) => f.includes('❯ bravo'));
    instance.stdin.write(KEYS.down);
    await waitForFrame(frame, (f) => f.includes('❯ charlie'));
    instance.stdin.write(KEYS.enter);
    await waitForFrame(frame, (f) => f.includes('Esc pipelines'));
    expect(services.calls.remembered).toEqual(['p-charlie']);
    await pressUntil(instance, KEYS.escape, (f) => f.includes('4 of 4'));
    expect(frame()).toContain('❯ charlie');
    // The same feed: the rows already loaded are not asked for again.
    expect(services.feeds).toHaveLength(1);
  });
});
