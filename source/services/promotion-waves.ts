import type {HerokuClient} from '../heroku/client.js';
import {withTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {
  isSettled,
  pendingTarget,
  progressSucceeded,
  type PromotionProgress,
} from '../board/promotion-progress.js';
import type {TargetProgress} from '../board/promotion-progress-types.js';
import {planWaves} from '../board/promotion-waves.js';
import type {PromotionRun} from '../contract/promotion.js';
import {runPromotion, type RunnerOptions} from './promotion-runner.js';

// A promotion in waves: each wave its own promotion (one POST each, never repeated), the
// next sent only once every target of the one before succeeded. One wave is runPromotion.

function waitingTarget(appId: string, name: string, wave: number): TargetProgress {
  return {...pendingTarget(appId, name), wave};
}

export function runWaves(
  client: HerokuClient,
  plan: PromotionPlan,
  options: RunnerOptions = {},
): PromotionRun {
  const waves = planWaves(plan);
  if (waves.length <= 1) return runPromotion(client, plan, options);
  const wavePlan = (index: number) => {
    const ids = new Set(waves[index]!.map((t) => t.app.id));
    return withTargets(
      plan,
      plan.targets.map((t) => ({...t, selected: ids.has(t.app.id)})),
    );
  };
  const finished: PromotionProgress[] = [];
  let index = 0;
  let current = runPromotion(client, wavePlan(0), options);
  let stopped = false;
  const listeners = new Set<(progress: PromotionProgress) => void>();
  let resolveSettled: (progress: PromotionProgress) => void = () => {};
  const settled = new Promise<PromotionProgress>((resolve) => (resolveSettled = resolve));

  function compose(): PromotionProgress {
    const live = current.progress();
    const first = finished[0] ?? live;
    const targets = waves.flatMap((wave, i) => {
      const sent = (p: PromotionProgress) =>
        p.targets.map((t) => ({...t, wave: i + 1, startedAt: p.startedAt}));
      if (i < finished.length) return sent(finished[i]!);
      if (i === index) return sent(live);
      return wave.map((t) => {
        const waiting = waitingTarget(t.app.id, t.app.name, i + 1);
        return stopped ? {...waiting, status: 'not-promoted' as const} : waiting;
      });
    });
    const between = isSettled(live) && !stopped && index < waves.length - 1;
    const earlier = finished.slice(0, index).flatMap((p) => p.targets.map((t) => t.name));
    let message = live.message;
    if (stopped && live.promotionId === null && earlier.length > 0 && message !== null) {
      // True of this wave only: the waves before it were created and reached their targets.
      const said = message.replace(/no promotion was created/, `wave ${index + 1} was not created`);
      message = `${said} ${earlier.join(', ')} (earlier waves) did get it.`;
    }
    return {
      ...live,
      phase: between ? 'running' : live.phase,
      startedAt: first.startedAt,
      finishedAt: between ? null : live.finishedAt,
      message,
      targets,
      waves: {current: index + 1, count: waves.length},
    };
  }

  const publish = () => {
    const progress = compose();
    for (const listener of listeners) listener(progress);
  };

  function follow(run: PromotionRun) {
    run.subscribe(publish);
    void run.settled.then((final) => {
      if (progressSucceeded(final) && index < waves.length - 1) {
        finished.push(final);
        index += 1;
        current = runPromotion(client, wavePlan(index), options);
        publish();
        follow(current);
        return;
      }
      stopped = true;
      const last = compose();
      for (const listener of listeners) listener(last);
      resolveSettled(last);
    });
  }
  follow(current);

  return {
    progress: compose,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    submitTwoFactorCode: (code) => current.submitTwoFactorCode(code),
    cancelTwoFactor: (reason) => current.cancelTwoFactor(reason),
    settled,
  };
}
