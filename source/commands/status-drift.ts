import {boardDriftPairs} from '../board/drift-pairs.js';
import {driftDocument, type DriftDocument} from '../board/drift.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {Board} from '../board/types.js';
import {describeError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {mapLimit} from '../shared/map-limit.js';

// `status --json`'s `drift`: development -> each staging app, staging -> each production
// app. A pair that cannot be read (no permission to see config vars, say) carries its error
// instead of failing the whole document.
export async function driftForBoard(services: Services, board: Board): Promise<DriftDocument[]> {
  return mapLimit(boardDriftPairs(board), 2, async ({from, to}) => {
    try {
      return driftDocument(await services.drift(from, to));
    } catch (error) {
      return {from: from.name, to: to.name, error: sanitizeText(describeError(error))};
    }
  });
}
