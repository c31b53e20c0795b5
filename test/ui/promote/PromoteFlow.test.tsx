import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {PromotionPlan} from '../../../source/board/promotion-plan.js';
import type {PromotionProgress} from '../../../source/board/promotion-progress.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import {PromoteFlow} from '../../../source/ui/promote/PromoteFlow.js';
import type {PromotionRun} from '../../../source/contract/promotion.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import type {Services} from '../../../source/contract/services.js';
import {appOf, loadBoard, promotionPosts, servicesFor} from '../../services/promotion-harness.js';
import {
  KEYS,
  frameHeight,
  pressUntil,
  renderAt,
  unmountAll,
  waitFor,
  waitForFrame,
} from '../helpers.js';
import {pressUntilCalled, typeText} from './keys.js';

let sim: Simulator;
let running = false;
const level = chalk.level;

// Colour is what marks a failure; the test terminal has none unless asked.
beforeAll(() => {
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = level;
});
afterEach(async () => {
  unmountAll();
  if (running) await sim.close();
  running = false;
});

async function start(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({promotionStepMs: 50, ...options});
  running = true;
}

async function mount(
  options: Parameters<typeof startSimulator>[0] = {},
  existing?: Services,
  size = {columns: 120, rows: 36},
) {
  if (!running) await start(options);
  const services = existing ?? servicesFor(sim);
  const board = await loadBoard(services, 'whitewave');
  const staging = appOf(board, 'whitewave-staging');
  const calls = {closed: 0, finished: [] as PromotionProgress[], shown: [] as boolean[]};
  const instance = renderAt(
    <ServicesProvider services={services}>
      <PromoteFlow
        board={board}
        source={staging}
        width={size.columns}
        height={size.rows}
        isActive
        onClose={() => (calls.closed += 1)}
        onFinished={(progress, shown) => {
          calls.finished.push(progress);
          calls.shown.push(shown);
        }}
      />
    </ServicesProvider>,
    size,
  );
  await waitForFrame(instance.lastFrame, (f) => f.includes('[ Cancel ]'), 10_000);
  return {instance, calls, services, staging};
}

type Mounted = Awaited<ReturnType<typeof mount>>;

// The services, counting the plans built and the live subscriptions to runs.
function counted(services: Services) {
  const counts = {plans: 0, subscribes: 0, live: 0};
  const watched = (run: PromotionRun): PromotionRun => ({
    ...run,
    progress: () => run.progress(),
    subscribe(listener) {
      counts.subscribes += 1;
      counts.live += 1;
      const stop = run.subscribe(listener);
      let stopped = false;
      return () => {
        if (!stopped) counts.live -= 1;
        stopped = true;
        stop();
      };
    },
  });
  const wrapped: Services = {
    ...services,
    promotionPlan: (request) => {
      counts.plans += 1;
      return services.promotionPlan(request);
    },
    startPromotion: (plan: PromotionPlan) => watched(services.startPromotion(plan)),
  };
  return {services: wrapped, counts};
}

async function confirmProduction({instance}: Mounted) {
  await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
  instance.stdin.write(KEYS.enter);
  await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod to promote'));
  await typeText(instance, 'whitewave-prod');
  instance.stdin.write(KEYS.enter);
}

describe('PromoteFlow against the simulator', () => {
  it('sends nothing when Esc cancels the review', async () => {
    const mounted = await mount();
    await pressUntilCalled(mounted.instance, KEYS.escape, () => mounted.calls.closed > 0);
    expect(promotionPosts(sim)).toHaveLength(0);
  });

  it('sends nothing when Esc cancels the typed confirmation', async () => {
    const mounted = await mount();
    const {instance} = mounted;
    await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    await typeText(instance, 'whitewave-pr');
    await pressUntilCalled(instance, KEYS.escape, () => mounted.calls.closed > 0);
    expect(promotionPosts(sim)).toHaveLength(0);
  });

  it('promotes after the typed name, shows progress and output, rings and reports', async () => {
    const mounted = await mount();
    await confirmProduction(mounted);
    const frame = await waitForFrame(
      mounted.instance.lastFrame,
      (f) => f.includes('Promoted whitewave-staging') && f.includes('Release output'),
      10_000,
    );
    expect(frame).toMatch(/✓ whitewave-prod succeeded v\d+ · \d+s/);
    // The flow rings nothing itself: the board's bell does, once, through onFinished.
    expect(mounted.instance.stderr.frames.join('')).not.toContain('\u0007');
    expect(mounted.calls.finished).toHaveLength(1);
    expect(mounted.calls.shown).toEqual([true]);
    expect(sim.promotions()).toEqual([
      expect.objectContaining({releaseId: mounted.staging.deployedRelease!.id}),
    ]);
    await pressUntilCalled(mounted.instance, KEYS.enter, () => mounted.calls.closed > 0);
  });

  it('keeps what ships and how each target fared in a 40 x 10 terminal', async () => {
    const mounted = await mount({}, undefined, {columns: 40, rows: 10});
    await confirmProduction(mounted);
    const frame = await waitForFrame(
      mounted.instance.lastFrame,
      (f) => f.replace(/[│\s]+/g, ' ').includes('Promoted whitewave-staging'),
      10_000,
    );
    const lines = frame.split('\n');
    expect(lines[1]).toMatch(/Promoting whitewave-staging v\d+/);
    expect(frame).toMatch(/✓ whitewave-prod succeeded/);
    expect(frame).toContain('Enter or Esc: back to the board');
    expect(frameHeight(frame)).toBeLessThanOrEqual(10);
  });

  it('builds the plan once, subscribes once to the run and lets go once it is reported', async () => {
    await start();
    const {services, counts} = counted(servicesFor(sim));
    const mounted = await mount({}, services);
    await confirmProduction(mounted);
    await waitForFrame(
      mounted.instance.lastFrame,
      (f) => f.includes('Promoted whitewave-staging'),
      10_000,
    );
    expect(mounted.calls.shown).toEqual([true]);
    expect(counts.plans).toBe(1);
    expect(counts.subscribes).toBe(1);
    expect(promotionPosts(sim)).toHaveLength(1);
    mounted.instance.unmount();
    await waitFor(() => counts.live === 0, 2000, 'the subscription to end');
  });

  it("shows a failed target in red with Heroku's message", async () => {
    await start();
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const mounted = await mount();
    await confirmProduction(mounted);
    await waitForFrame(mounted.instance.lastFrame, (f) => f.includes('Promotion failed'), 10_000);
    const raw = mounted.instance.lastFrame() ?? '';
    const line = raw.split('\n').find((l) => l.includes('release command failed'))!;
    expect(line).toContain('\u001B[31m✗ whitewave-prod failed: release command failed');
    expect(mounted.calls.finished[0]?.targets[0]?.status).toBe('failed');
  });

  it('asks for a two-factor code; Esc there creates nothing', async () => {
    const mounted = await mount({twoFactorCode: '123456'});
    await confirmProduction(mounted);
    await waitForFrame(mounted.instance.lastFrame, (f) => f.includes('Two-factor code'));
    await pressUntil(mounted.instance, KEYS.escape, (f) =>
      f.includes('Cancelled: no promotion was created.'),
    );
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()).toHaveLength(0);
    expect(mounted.calls.finished).toHaveLength(0);
  });

  it('resends once with the two-factor code', async () => {
    const mounted = await mount({twoFactorCode: '123456'});
    await confirmProduction(mounted);
    await waitForFrame(mounted.instance.lastFrame, (f) => f.includes('Two-factor code'));
    await typeText(mounted.instance, '123456');
    mounted.instance.stdin.write(KEYS.enter);
    await waitForFrame(
      mounted.instance.lastFrame,
      (f) => f.includes('Promoted whitewave-staging'),
      10_000,
    );
    expect(promotionPosts(sim).map((r) => r.twoFactorCode)).toEqual([null, '123456']);
  });

  it('shows the running promotion on another p instead of a second dialog', async () => {
    await start({promotionStepMs: 400});
    const first = await mount();
    await confirmProduction(first);
    await waitForFrame(first.instance.lastFrame, (f) => f.includes('promoting'));
    first.instance.unmount();
    const board = await loadBoard(first.services, 'whitewave');
    const second = renderAt(
      <ServicesProvider services={first.services}>
        <PromoteFlow
          board={board}
          source={appOf(board, 'whitewave-staging')}
          width={120}
          height={36}
          isActive
          onClose={() => undefined}
          onFinished={() => undefined}
        />
      </ServicesProvider>,
      {columns: 120, rows: 36},
    );
    const frame = await waitForFrame(second.lastFrame, (f) =>
      f.includes('Promoting whitewave-staging'),
    );
    expect(frame).not.toContain('[ Cancel ]');
    await waitForFrame(second.lastFrame, (f) => f.includes('Promoted whitewave-staging'), 10_000);
    expect(promotionPosts(sim)).toHaveLength(1);
    // Finished while its first view was closed: the board is told, to show a message.
    await waitFor(() => first.calls.shown.length === 1, 5000, 'the finish report');
    expect(first.calls.shown).toEqual([false]);
  });
});
