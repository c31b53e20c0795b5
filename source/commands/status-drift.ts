import {boardDriftPairs} from '../board/drift-pairs.js';
import {driftDocument, type DriftDocument} from '../board/drift.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {Board} from '../board/types.js';
import {describeError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {seconds, withinBudget} from '../shared/budget.js';
import {mapLimit} from '../shared/map-limit.js';

// Each pair's deadline (README, Troubleshooting).
const DRIFT_BUDGET_MS = 12_000;

// `status --json`'s `drift`: development -> each staging app, staging -> each production
// app. A pair that cannot be read (no permission to see config vars, say) carries its error
// instead of failing the whole document.
export async function driftForBoard(services: Services, board: Board): Promise<DriftDocument[]> {
  return mapLimit(boardDriftPairs(board), 2, async ({from, to}) => {
    try {
      const sentence = `Heroku did not answer within ${seconds(DRIFT_BUDGET_MS)} for this pair.`;
      return driftDocument(await withinBudget(services.drift(from, to), DRIFT_BUDGET_MS, sentence));
    } catch (error) {
      return {from: from.name, to: to.name, error: sanitizeText(describeError(error))};
    }
  });
}
