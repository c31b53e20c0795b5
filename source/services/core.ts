import {REFRESH_BUDGET_MS, seconds, withinBudget} from '../shared/budget.js';
import {NO_CI, type CiServices} from '../board/ci-status.js';
import {NotFoundError} from '../heroku/errors.js';
import {loadPipelineSnapshot} from '../heroku/snapshot.js';
import type {PipelineSnapshot} from '../heroku/snapshot-types.js';
import {buildBoard, dynoGroups, toPipelineSummary} from '../board/build-board.js';
import type {Board} from '../board/types.js';
import {endpointOf} from '../diff/endpoint.js';
import type {BoardLoad, CoreServices, LoadReason} from '../contract/services.js';
import type {ServicesDeps} from './deps.js';
import {unauthorizedGuard} from './unauthorized.js';

// Dynos and formation change without a release; an auto-refresh fetches them at this pace only,
// so an idle refresh stays at a few conditional requests.
const DYNO_REFRESH_MS = 5 * 60_000;

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

type Loaded = {snapshot: PipelineSnapshot; board: Board; dynosAt: number};

export function createCoreServices(deps: ServicesDeps): CoreServices & CiServices {
  const now = deps.now ?? Date.now;
  const loaded = new Map<string, Loaded>();

  const guard = unauthorizedGuard(deps.onUnauthorized);

  async function loadBoard(pipelineId: string, reason: LoadReason): Promise<BoardLoad> {
    const previous = loaded.get(pipelineId);
    const includeDynos =
      !previous || reason !== 'auto' || now() - previous.dynosAt >= DYNO_REFRESH_MS;
    const {snapshot, changed} = await loadPipelineSnapshot(deps.client, pipelineId, {
      previous: previous?.snapshot,
      includeDynos,
      refreshDynosWhenIdle: includeDynos,
    });
    const rateLimitRemaining = deps.client.rateLimitRemaining;
    if (previous && !changed) return {board: previous.board, rateLimitRemaining, changed: false};
    const board = buildBoard(snapshot);
    loaded.set(pipelineId, {
      snapshot,
      board,
      dynosAt: includeDynos ? now() : (previous?.dynosAt ?? now()),
    });
    return {board, rateLimitRemaining, changed: true};
  }

  return {
    account: async () => guard(async () => ({email: (await deps.client.account()).email})),
    // Heroku lists pipelines by id, which reads as random: the picker shows them by name.
    listPipelines: async () =>
      guard(async () =>
        (await deps.client.listPipelines())
          .map(toPipelineSummary)
          .sort((a, b) => a.name.localeCompare(b.name)),
      ),
    findPipelines: async (nameOrId) =>
      guard(async () => {
        if (UUID.test(nameOrId)) return [toPipelineSummary(await deps.client.pipeline(nameOrId))];
        const found = await deps.client.pipelinesByName(nameOrId);
        if (found.length === 0) {
          throw new NotFoundError(`No pipeline named ${nameOrId} was found on this account.`, {
            status: 404,
            id: 'not_found',
          });
        }
        return found.map(toPipelineSummary);
      }),
    pipelineOfApp: async (app) =>
      guard(async () => {
        const coupling = await deps.client.appCoupling(app).catch((error: unknown) => {
          if (!(error instanceof NotFoundError)) throw error;
          throw new NotFoundError(`${app} is not in a pipeline, or no app has that name.`, {
            status: 404,
            id: error.id,
            requestId: error.requestId,
          });
        });
        const pipeline = await deps.client.pipeline(coupling.pipeline.id);
        return {pipeline: toPipelineSummary(pipeline), appId: coupling.app.id};
      }),
    loadBoard: async (pipelineId, reason) =>
      guard(async () => {
        const budget = deps.loadBudgetMs ?? REFRESH_BUDGET_MS;
        return withinBudget(
          loadBoard(pipelineId, reason),
          budget,
          `Heroku did not answer within ${seconds(budget)}, so the board was not refreshed.`,
        );
      }),
    // Conditional requests: asking again while nothing changed costs two 304s.
    appDynos: async (appId) =>
      guard(async () => {
        const [formation, dynos] = await Promise.all([
          deps.client.formation(appId),
          deps.client.dynos(appId),
        ]);
        return dynoGroups(formation, dynos);
      }),
    compare: async (from, to) => deps.diff.compare(endpointOf(from), endpointOf(to)),
    ciStatus: async (app, pipelineId) =>
      deps.ci
        ? deps.ci.statusOf({
            appId: app.id,
            appName: app.name,
            pipelineId,
            sha: app.commit?.sha ?? null,
          })
        : NO_CI,
    openUrl: deps.openUrl,
    lastPipeline: () => deps.memory.get(),
    rememberedPipelineId: (name) => deps.memory.idNamed(name),
    rememberPipeline: (id, name) => deps.memory.set(id, name),
    now,
  };
}
