import {pendingRow, type OverviewRow} from '../../source/board/overview-rows.js';
import type {PipelineSummary} from '../../source/board/types.js';
import type {OverviewFeed, OverviewProgress} from '../../source/contract/overview.js';

export type FakeFeed = OverviewFeed & {
  focused: string[][];
  refreshes: number;
  // Replaces rows (by pipeline id) and tells the subscribers.
  land(rows: OverviewRow[]): void;
};

// A feed whose rows are whatever the test lands; nothing loads by itself.
export function fakeFeed(pipelines: PipelineSummary[]): FakeFeed {
  const rows = new Map(pipelines.map((p) => [p.id, pendingRow(p)]));
  const listeners = new Set<() => void>();
  const progress = (): OverviewProgress => {
    const all = pipelines.map((p) => rows.get(p.id)!);
    return {
      rows: all,
      requests: 0,
      budget: 8 * pipelines.length,
      paused: null,
      settled: all.every((r) => r.load === 'done' || r.load === 'failed'),
      refreshedAt: null,
    };
  };
  const feed: FakeFeed = {
    focused: [],
    refreshes: 0,
    progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focus(ids) {
      feed.focused.push(ids);
    },
    refresh() {
      feed.refreshes++;
    },
    settled: async () => progress(),
    stop() {},
    land(landed) {
      for (const row of landed) rows.set(row.pipeline.id, row);
      for (const listener of listeners) listener();
    },
  };
  return feed;
}
