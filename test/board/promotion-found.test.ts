import {describe, expect, it} from 'vitest';
import {
  initialProgress,
  isSettled,
  progressReducer,
  progressSummary,
  type ProgressEvent,
} from '../../source/board/promotion-progress.js';
import {followCommand} from '../../source/board/promotion-summary.js';

const START = initialProgress({
  source: {appId: 's', name: 'shop-staging', releaseId: 'r', version: 7, sha: null},
  pipelineName: 'shop',
  targets: [
    {appId: 'eu', name: 'shop-prd-eu'},
    {appId: 'us', name: 'shop-prd-us'},
  ],
  at: 0,
});
const run = (...events: ProgressEvent[]) => events.reduce(progressReducer, START);

describe('a promotion found again after a lost answer', () => {
  it('follows the targets found and calls the others unknown, never failed', () => {
    const found = run(
      {type: 'searching', at: 1, message: 'lost'},
      {type: 'found', at: 2, promotionId: null, releases: {eu: 'rel-eu'}},
    );
    expect(found.phase).toBe('running');
    expect(found.targets.map((t) => [t.status, t.releaseId])).toEqual([
      ['pending', 'rel-eu'],
      ['unknown', null],
    ]);
    const done = progressReducer(found, {
      type: 'targets',
      at: 3,
      targets: [{appId: 'eu', status: 'succeeded', errorMessage: null, releaseId: 'rel-eu'}],
    });
    expect(done.phase).toBe('finished');
    expect(progressSummary(done)).toEqual({
      text: 'Promotion outcome unknown on shop-prd-us: check the board before promoting again.',
      ok: false,
    });
  });

  it('settles as unknown with every pending target unknown, and says how to check', () => {
    const unknown = run({type: 'unknown', at: 5, message: 'Outcome unknown.'});
    expect(isSettled(unknown)).toBe(true);
    expect(unknown.targets.map((t) => t.status)).toEqual(['unknown', 'unknown']);
    expect(followCommand(unknown)).toBe('pipeline-tui status shop');
    const created = run({type: 'created', at: 1, promotionId: 'p-1'});
    expect(followCommand(created)).toBe('pipeline-tui promote --follow p-1');
  });

  it('keeps the waiting line until Heroku answers again', () => {
    const waiting = run(
      {type: 'created', at: 1, promotionId: 'p-1'},
      {type: 'waiting', at: 2, message: 'Still waiting for Heroku.'},
    );
    expect(waiting.waiting).toBe('Still waiting for Heroku.');
    const answered = progressReducer(waiting, {type: 'targets', at: 3, targets: []});
    expect(answered.waiting).toBeNull();
  });
});
