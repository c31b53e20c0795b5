import {
  comparedPairs,
  comparisonFromCommitComparison,
  unknownComparison,
} from '../board/comparisons.js';
import {sanitizeText} from '../shared/sanitize.js';
import {statusDocument, statusText} from '../board/status-document.js';
import type {Board, Comparison} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {DeadlineError, seconds, withinBudget} from '../shared/budget.js';
import {mapLimit} from '../shared/map-limit.js';
import type {CiStatus} from '../board/ci-status.js';
import {driftForBoard} from './status-drift.js';

export type StatusInput = {
  services: Services;
  pipeline: string;
  json: boolean;
  stdout: NodeJS.WritableStream;
  // Each commit comparison's deadline (default COMPARE_BUDGET_MS).
  compareBudgetMs?: number;
  // --no-review: review apps are listed but not compared (one comparison each, the bulk
  // of a large pipeline's time).
  skipReview?: boolean;
};

// Comparisons in flight at once: a pipeline of hundreds of review apps takes time in
// proportion to its apps over this, not to its apps (each one is two requests to GitHub
// one after the other: the app's repository, then the compare). GitHub allows 100 at once.
export const COMPARE_CONCURRENCY = 32;

// Deadlines written in README's Troubleshooting section.
export const COMPARE_BUDGET_MS = 12_000;

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

// Every compared pair's commit counts, at the same time, each with its own deadline.
async function comparisonsOf(
  services: Services,
  board: Board,
  budgetMs: number,
  skipReview: boolean,
): Promise<Comparison[]> {
  const pairs = comparedPairs(board).filter(({from}) => !skipReview || from.stage !== 'review');
  return mapLimit(pairs, COMPARE_CONCURRENCY, async ({from, to}) => {
    const comparison = await withinBudget(services.compare(from, to), budgetMs, '').catch(
      (error: unknown) => {
        if (!(error instanceof DeadlineError)) throw error;
        const reason = `The commit comparison did not answer within ${seconds(budgetMs)}.`;
        // A comparison that outlasts its deadline (a GitHub that hangs) is unknown.
        return unknownComparison(reason, 'none');
      },
    );
    return comparisonFromCommitComparison(from, to, comparison);
  });
}

// The CI status of every app's commit, by app id.
async function ciOfBoard(services: Services, board: Board): Promise<Map<string, CiStatus>> {
  const apps = board.columns.flatMap((column) => column.apps);
  const statuses = await mapLimit(apps, 4, (app) => services.ciStatus(app, board.pipeline.id));
  return new Map(apps.map((app, index) => [app.id, statuses[index]!]));
}

export async function runStatus(input: StatusInput): Promise<number> {
  const pipeline = await resolveOnePipeline(input.services, input.pipeline);
  const {board: loaded} = await input.services.loadBoard(pipeline.id, 'initial');
  // Comparisons (GitHub) and drift (Heroku) do not wait on each other.
  const [comparisons, drift] = await Promise.all([
    comparisonsOf(
      input.services,
      loaded,
      input.compareBudgetMs ?? COMPARE_BUDGET_MS,
      input.skipReview === true,
    ),
    input.json ? driftForBoard(input.services, loaded) : null,
  ]);
  const board = {...loaded, comparisons};
  input.stdout.write(
    input.json
      ? `${JSON.stringify({...statusDocument(board, await ciOfBoard(input.services, board)), drift}, null, 2)}\n`
      : statusText(board, input.services.now()),
  );
  return 0;
}
