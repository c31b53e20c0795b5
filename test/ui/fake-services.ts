import type {Board, CommitComparison, PipelineSummary} from '../../source/board/types.js';
import type {BoardLoad, CoreServices, Services} from '../../source/contract/services.js';
import type {SetupServices} from '../../source/contract/setup.js';
import {comparison} from '../board/promotion-fixtures.js';
import {NO_CI} from '../../source/board/ci-status.js';
import {NOW, PIPELINE, sampleBoard} from './fixtures.js';
import {fakeFeed, type FakeFeed} from './fake-overview.js';

export type FakeServices = Services & {
  calls: {compare: string[]; openUrl: string[]; remembered: string[]; loads: string[]};
  // The overview's feeds, one per list of pipelines asked for.
  feeds: FakeFeed[];
};

// Three commits ahead, from GitHub, unless told otherwise.
export function comparisonResult(overrides: Partial<CommitComparison> = {}): CommitComparison {
  return comparison({ahead: 3, ...overrides});
}

// Core services over fixtures, and any setup members a test gives; the promotion, drift and
// other setup members are not part of these tests and fail loudly if anything asks for them.
type Extra = Partial<
  Pick<Services, 'ciStatus' | 'boardSeen' | 'promotionSeen' | 'releaseNotes' | 'copyNotes'>
>;

export function fakeServices(
  overrides: Partial<CoreServices & SetupServices> & Extra = {},
  board: Board = sampleBoard(),
): FakeServices {
  const calls = {
    compare: [] as string[],
    openUrl: [] as string[],
    remembered: [] as string[],
    loads: [] as string[],
  };
  const {ciStatus, boardSeen, promotionSeen, releaseNotes, copyNotes, ...coreOverrides} = overrides;
  const core: CoreServices & Partial<SetupServices> = {
    account: async () => ({email: 'alice@example.com'}),
    listPipelines: async () => [PIPELINE],
    findPipelines: async () => [PIPELINE],
    pipelineOfApp: async () => ({pipeline: PIPELINE, appId: board.columns[0]!.apps[0]?.id ?? ''}),
    loadBoard: async (): Promise<BoardLoad> => ({board, rateLimitRemaining: 4321, changed: true}),
    appDynos: async () => [],
    compare: async () => comparisonResult(),
    openUrl: async () => {},
    lastPipeline: () => null,
    rememberedPipelineId: () => null,
    rememberPipeline: () => {},
    now: () => NOW,
    ...coreOverrides,
  };
  // Nothing rings and no CI is known unless a test says otherwise.
  const quiet: Extra = {
    ciStatus: ciStatus ?? (async () => NO_CI),
    boardSeen: boardSeen ?? (() => {}),
    promotionSeen: promotionSeen ?? (() => {}),
    ...(releaseNotes ? {releaseNotes} : {}),
    ...(copyNotes ? {copyNotes} : {}),
  };
  const recorded: CoreServices & Partial<SetupServices> = {
    ...core,
    loadBoard: (id, reason) => {
      calls.loads.push(reason);
      return core.loadBoard(id, reason);
    },
    compare: (from, to) => {
      calls.compare.push(`${from.name}>${to.name}`);
      return core.compare(from, to);
    },
    openUrl: (url) => {
      calls.openUrl.push(url);
      return core.openUrl(url);
    },
    rememberPipeline: (id, name) => {
      calls.remembered.push(id);
      core.rememberPipeline(id, name);
    },
  };
  const feeds: FakeFeed[] = [];
  const overview = (pipelines: PipelineSummary[]) => {
    const key = pipelines.map((p) => p.id).join(',');
    const known = feeds.find(
      (f) =>
        f
          .progress()
          .rows.map((r) => r.pipeline.id)
          .join(',') === key,
    );
    if (known) return known;
    const feed = fakeFeed(pipelines);
    feeds.push(feed);
    return feed;
  };
  const target = {...quiet, ...recorded, calls, feeds, overview} as Record<
    string | symbol,
    unknown
  >;
  return new Proxy(target, {
    get(object, property) {
      if (property in object) return object[property];
      if (typeof property === 'symbol' || property === 'then') return undefined;
      return () => Promise.reject(new Error(`${property} is not part of this test.`));
    },
  }) as unknown as FakeServices;
}
