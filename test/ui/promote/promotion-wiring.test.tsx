import {afterEach, describe, expect, it} from 'vitest';
import type {PromotionPlan} from '../../../source/board/promotion-plan.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import type {PromotionRun} from '../../../source/ui/promote/promotion-services.js';
import {PromoteFlow} from '../../../source/ui/promote/PromoteFlow.js';
import {ServicesProvider, type Services} from '../../../source/ui/services.js';
import {appOf, loadBoard, promotionPosts, servicesFor} from '../../services/promotion-harness.js';
import {KEYS, pressUntil, renderAt, unmountAll, waitFor, waitForFrame} from '../helpers.js';
import {typeText} from './keys.js';

let sim: Simulator | null = null;
afterEach(async () => {
  unmountAll();
  await sim?.close();
  sim = null;
});

// The services of a simulator, counting plans built and live subscriptions to runs.
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

describe('PromoteFlow wiring', () => {
  it('builds the plan once, subscribes once to the run and lets go once it is reported', async () => {
    sim = await startSimulator({promotionStepMs: 50});
    const {services, counts} = counted(servicesFor(sim));
    const board = await loadBoard(services, 'whitewave');
    const finished: boolean[] = [];
    const instance = renderAt(
      <ServicesProvider services={services}>
        <PromoteFlow
          board={board}
          source={appOf(board, 'whitewave-staging')}
          width={120}
          height={36}
          isActive
          onClose={() => undefined}
          onFinished={(_progress, shown) => finished.push(shown)}
        />
      </ServicesProvider>,
      {columns: 120, rows: 36},
    );
    await waitForFrame(instance.lastFrame, (f) => f.includes('[ Cancel ]'), 10_000);
    await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod to promote'));
    await typeText(instance, 'whitewave-prod');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Promoted whitewave-staging'), 10_000);
    expect(finished).toEqual([true]);
    expect(counts.plans).toBe(1);
    expect(counts.subscribes).toBe(1);
    expect(promotionPosts(sim)).toHaveLength(1);
    instance.unmount();
    await waitFor(() => counts.live === 0, 2000, 'the subscription to end');
  });
});
