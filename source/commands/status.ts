import {comparedPairs, comparisonFromCommitComparison} from '../board/comparisons.js';
import {sanitizeText} from '../shared/sanitize.js';
import {statusDocument, statusText} from '../board/status-document.js';
import type {Board, Comparison} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {mapLimit} from '../shared/map-limit.js';
import type {CiStatus} from '../board/ci-status.js';
import {driftForBoard} from './status-drift.js';

export type StatusInput = {
  services: Services;
  pipeline: string;
  json: boolean;
  stdout: NodeJS.WritableStream;
};

// Resolves a pipeline name to exactly one pipeline, or says how to pick one.
async function resolveOnePipeline(services: Services, nameOrId: string) {
  const found = await services.findPipelines(nameOrId);
  if (found.length > 1) {
    // The ids and dates come from Heroku: outside text, sanitised like the rest.
    const choices = found
      .map(
        (p) =>
          `${p.id} (${p.ownerType ?? 'unknown'} owner, created ${p.createdAt ?? 'at an unknown date'})`,
      )
      .join(', ');
    throw new ConfigError(
      sanitizeText(`Several pipelines are named ${nameOrId}; pass one id instead: ${choices}.`),
    );
  }
  return found[0]!;
}

// The board with every compared pair's commit counts filled in.
async function boardWithComparisons(services: Services, pipelineId: string): Promise<Board> {
  const {board} = await services.loadBoard(pipelineId, 'initial');
  const comparisons: Comparison[] = await mapLimit(comparedPairs(board), 4, async ({from, to}) =>
    comparisonFromCommitComparison(from, to, await services.compare(from, to)),
  );
  return {...board, comparisons};
}

// The CI status of every app's commit, by app id.
async function ciOfBoard(services: Services, board: Board): Promise<Map<string, CiStatus>> {
  const apps = board.columns.flatMap((column) => column.apps);
  const statuses = await mapLimit(apps, 4, (app) => services.ciStatus(app, board.pipeline.id));
  return new Map(apps.map((app, index) => [app.id, statuses[index]!]));
}

export async function runStatus(input: StatusInput): Promise<number> {
  const pipeline = await resolveOnePipeline(input.services, input.pipeline);
  const board = await boardWithComparisons(input.services, pipeline.id);
  input.stdout.write(
    input.json
      ? `${JSON.stringify({...statusDocument(board, await ciOfBoard(input.services, board)), drift: await driftForBoard(input.services, board)}, null, 2)}\n`
      : statusText(board, input.services.now()),
  );
  return 0;
}
