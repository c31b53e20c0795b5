import {failedRow, pendingRow, type OverviewRow} from '../board/overview-rows.js';
import type {PipelineSummary} from '../board/types.js';
import type {OverviewFeed, OverviewProgress, OverviewServices} from '../contract/overview.js';
import {checkedReleases} from '../heroku/snapshot-shapes.js';
import {describeError} from '../shared/errors.js';
import type {ServicesDeps} from './deps.js';
import {loadRow, ROW_REQUESTS, type RowLoadContext} from './overview-load.js';

// The overview's pace (README, "The overview's cost"): rows on screen first, the rest in the
// background a few at a time, slower and then paused as Heroku's rate limit runs low.
export type OverviewLimits = {
  foreground: number; // rows on screen loading at once
  background: number; // other rows loading at once
  backgroundGapMs: number; // between two background starts
  slowBelow: number; // RateLimit-Remaining under which the background goes one at a time
  slowGapMs: number;
  pauseBelow: number; // under which only rows on screen load
  recheckMs: number; // how often a paused load looks at the limit again
  firstFocusWaitMs: number; // how long the first load waits to be told which rows are on screen
};

export const OVERVIEW_LIMITS: OverviewLimits = {
  foreground: 40,
  background: 4,
  backgroundGapMs: 25,
  slowBelow: 1500,
  slowGapMs: 1000,
  pauseBelow: 500,
  recheckMs: 10_000,
  firstFocusWaitMs: 200,
};

// Requests one load or refresh may send: ROW_REQUESTS per pipeline. A first load fits by
// construction; a refresh spends one per pipeline and reloads changed rows within the rest.
export const overviewBudget = (pipelines: number) => ROW_REQUESTS * pipelines;

type Task = {id: string; kind: 'load' | 'check'};

export function createOverviewServices(
  deps: ServicesDeps,
  limits: OverviewLimits = OVERVIEW_LIMITS,
): OverviewServices {
  const feeds = new Map<string, OverviewFeed>();
  const artifacts = new Set<string>();
  return {
    overview(pipelines) {
      const key = pipelines.map((p) => p.id).join(',');
      let feed = feeds.get(key);
      if (!feed) {
        feed = createFeed(deps, pipelines, limits, artifacts);
        feeds.set(key, feed);
      }
      return feed;
    },
  };
}

function createFeed(
  deps: ServicesDeps,
  pipelines: PipelineSummary[],
  limits: OverviewLimits,
  artifacts: Set<string>,
): OverviewFeed {
  const now = deps.now ?? Date.now;
  const rows = new Map<string, OverviewRow>(pipelines.map((p) => [p.id, pendingRow(p)]));
  const byId = new Map(pipelines.map((p) => [p.id, p]));
  const listeners = new Set<() => void>();
  const waiters: Array<(p: OverviewProgress) => void> = [];
  let queue: Task[] = pipelines.map((p) => ({id: p.id, kind: 'load'}));
  let focused = new Set<string>();
  const active = {foreground: 0, background: 0};
  let requests = 0;
  const budget = overviewBudget(pipelines.length);
  let paused: string | null = null;
  let refreshedAt: number | null = null;
  let lastBackgroundStart = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const ctx: RowLoadContext = {
    client: deps.client,
    diff: deps.diff,
    count: (n = 1) => void (requests += n),
    artifacts,
  };

  const progress = (): OverviewProgress => ({
    rows: pipelines.map((p) => rows.get(p.id)!),
    requests,
    budget,
    paused,
    settled: queue.length === 0 && active.foreground + active.background === 0,
    refreshedAt,
  });

  const changed = () => {
    const now = progress();
    for (const listener of listeners) listener();
    if (now.settled) waiters.splice(0).forEach((resolve) => resolve(now));
  };

  const later = (ms: number) => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      pump();
    }, ms);
  };

  async function run(task: Task): Promise<void> {
    const pipeline = byId.get(task.id)!;
    const before = rows.get(task.id)!;
    try {
      if (task.kind === 'check') {
        requests++;
        const latest = await deps.client.latestReleasesWithMeta(task.id);
        if (latest.fromCache) return;
        if (requests + ROW_REQUESTS - 1 > budget) {
          paused = `the request budget of ${budget} for this refresh is spent`;
          return;
        }
        rows.set(task.id, {...before, load: 'loading'});
        changed();
        rows.set(
          task.id,
          await loadRow(ctx, pipeline, checkedReleases(latest.data, 'latest release', [])),
        );
        return;
      }
      rows.set(task.id, {...before, load: 'loading'});
      changed();
      rows.set(task.id, await loadRow(ctx, pipeline));
    } catch (error) {
      rows.set(task.id, failedRow(pipeline, describeError(error)));
    }
  }

  function next(foreground: boolean): Task | null {
    const index = queue.findIndex((t) => focused.has(t.id) === foreground);
    if (index < 0) return null;
    const cost = queue[index]!.kind === 'check' ? 1 : ROW_REQUESTS;
    if (requests + cost > budget) {
      paused = `the request budget of ${budget} for this refresh is spent`;
      return null;
    }
    return queue.splice(index, 1)[0]!;
  }

  function start(task: Task, lane: 'foreground' | 'background') {
    active[lane]++;
    void run(task).finally(() => {
      active[lane]--;
      changed();
      pump();
    });
  }

  function pump() {
    if (stopped) return;
    paused = null;
    const remaining = deps.client.rateLimitRemaining;
    for (
      let task = next(true);
      task;
      task = active.foreground < limits.foreground ? next(true) : null
    ) {
      start(task, 'foreground');
      if (active.foreground >= limits.foreground) break;
    }
    if (remaining !== null && remaining < limits.pauseBelow) {
      if (queue.length > 0) {
        paused = `Heroku's rate limit runs low (${remaining} left): rows off screen wait`;
        later(limits.recheckMs);
      }
      changed();
      return;
    }
    // The rest waits for the rows on screen.
    if (active.foreground > 0 || queue.some((t) => focused.has(t.id))) return;
    const slow = remaining !== null && remaining < limits.slowBelow;
    const lanes = slow ? 1 : limits.background;
    const gap = slow ? limits.slowGapMs : limits.backgroundGapMs;
    while (active.background < lanes) {
      const wait = lastBackgroundStart + gap - now();
      if (wait > 0) {
        if (queue.some((t) => !focused.has(t.id))) later(wait);
        break;
      }
      const task = next(false);
      if (!task) break;
      lastBackgroundStart = now();
      start(task, 'background');
    }
  }

  // The first rows to load are those the screen asks for; without a word from it, all of them
  // in order, shortly.
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    pump();
  };
  const startTimer = setTimeout(begin, limits.firstFocusWaitMs);

  return {
    progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focus(ids) {
      focused = new Set(ids);
      if (started) pump();
      else begin();
    },
    refresh() {
      if (queue.length > 0 || active.foreground + active.background > 0) return;
      requests = 0;
      refreshedAt = now();
      queue = pipelines.map((p) => ({
        id: p.id,
        kind: rows.get(p.id)!.load === 'done' ? 'check' : 'load',
      }));
      pump();
      changed();
    },
    settled() {
      const now = progress();
      if (now.settled) return Promise.resolve(now);
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      clearTimeout(startTimer);
      if (timer) clearTimeout(timer);
    },
  };
}
