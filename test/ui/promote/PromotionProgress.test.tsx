import {afterEach, describe, expect, it} from 'vitest';
import {
  initialProgress,
  progressReducer,
  type ProgressEvent,
  type PromotionProgress as Progress,
} from '../../../source/board/promotion-progress.js';
import {PromotionProgress} from '../../../source/ui/promote/PromotionProgress.js';
import type {PromotionRun} from '../../../source/contract/promotion.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {fakeServices} from '../fake-services.js';
import {renderAt, unmountAll, waitForFrame} from '../helpers.js';

afterEach(unmountAll);

const START = initialProgress({
  source: {appId: 's', name: 'whitewave-staging', releaseId: 'r', version: 43, sha: null},
  pipelineName: 'whitewave',
  targets: [{appId: 'p', name: 'whitewave-prod'}],
  at: 1000,
});

function after(...events: ProgressEvent[]): Progress {
  return events.reduce(progressReducer, START);
}

function runOf(progress: Progress): PromotionRun {
  return {
    progress: () => progress,
    subscribe: () => () => {},
    submitTwoFactorCode() {},
    cancelTwoFactor() {},
    settled: Promise.resolve(progress),
  };
}

function show(progress: Progress) {
  const instance = renderAt(
    <ServicesProvider services={fakeServices()}>
      <PromotionProgress
        run={runOf(progress)}
        progress={progress}
        width={100}
        height={20}
        isActive
        onClose={() => {}}
      />
    </ServicesProvider>,
    {columns: 100, rows: 20},
  );
  return () => instance.lastFrame() ?? '';
}

describe('PromotionProgress after a fault', () => {
  it('says it is looking for a promotion whose answer was lost', async () => {
    const frame = show(
      after(
        {type: 'sending', at: 1000, withCode: false},
        {type: 'searching', at: 2000, message: 'Connection reset. Looking for it on the targets…'},
      ),
    );
    expect(await waitForFrame(frame, (f) => f.includes('Looking'))).toContain(
      'Connection reset. Looking for it on the targets…',
    );
  });

  it('ends an unfound promotion with "outcome unknown" and the advice, nothing spinning', async () => {
    const frame = show(
      after(
        {type: 'sending', at: 1000, withCode: false},
        {
          type: 'unknown',
          at: 9000,
          message: 'It may have been created, outcome unknown. Check the board.',
        },
      ),
    );
    const text = await waitForFrame(frame, (f) => f.includes('outcome unknown'));
    expect(text).toContain('? whitewave-prod outcome unknown · 8s');
    expect(text).toContain('It may have been created, outcome unknown. Check the board.');
    expect(text).toContain('Enter or Esc: back to the board');
  });

  it('shows the honest waiting line while Heroku does not answer, and that Esc only stops watching', async () => {
    const frame = show(
      after(
        {type: 'created', at: 1000, promotionId: 'id-1'},
        {
          type: 'waiting',
          at: 5000,
          message: 'Still waiting for Heroku: Bad gateway. Asking again in 4s.',
        },
      ),
    );
    const text = await waitForFrame(frame, (f) => f.includes('Still waiting'));
    expect(text).toContain('Still waiting for Heroku: Bad gateway. Asking again in 4s.');
    expect(text).toContain('Esc: stop watching (it goes on at Heroku)');
  });

  it('freezes a target left pending by a refused promotion: no spinner next to the error', async () => {
    const frame = show(
      after(
        {type: 'sending', at: 1000, withCode: false},
        {type: 'failed', at: 3000, message: 'Heroku refused it.'},
      ),
    );
    const text = await waitForFrame(frame, (f) => f.includes('Heroku refused it.'));
    expect(text).toMatch(/^│\s+whitewave-prod waiting · 2s/m);
  });
});

describe('PromotionProgress: release notes of what shipped', () => {
  const succeeded = after(
    {type: 'sending', at: 1000, withCode: false},
    {type: 'created', at: 1100, promotionId: 'promo'},
    {
      type: 'targets',
      at: 3000,
      targets: [{appId: 'p', status: 'succeeded', errorMessage: null, releaseId: 'rp'}],
    },
  );
  const running = after(
    {type: 'sending', at: 1000, withCode: false},
    {type: 'created', at: 1100, promotionId: 'promo'},
  );

  function withNotes(progress: Progress) {
    const copies: number[] = [];
    const instance = renderAt(
      <ServicesProvider services={fakeServices()}>
        <PromotionProgress
          run={runOf(progress)}
          progress={progress}
          width={100}
          height={20}
          isActive
          onClose={() => {}}
          onCopyNotes={() => copies.push(1)}
        />
      </ServicesProvider>,
      {columns: 100, rows: 20},
    );
    return {instance, copies};
  }

  it('offers n once the promotion succeeded, and n copies them', async () => {
    const {instance, copies} = withNotes(succeeded);
    await waitForFrame(instance.lastFrame, (f) =>
      f.includes('Enter or Esc: back to the board · n: copy the release notes'),
    );
    instance.stdin.write('n');
    await waitForFrame(instance.lastFrame, () => copies.length === 1);
  });

  it('neither offers nor takes n while the promotion runs', async () => {
    const {instance, copies} = withNotes(running);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('stop watching'));
    expect(frame).not.toContain('copy the release notes');
    instance.stdin.write('n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(copies).toHaveLength(0);
  });
});
