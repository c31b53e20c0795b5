import {describe, expect, it} from 'vitest';
import {initialProgress} from '../../source/board/promotion-progress.js';
import {promoteDocument, resultText} from '../../source/commands/promote-output.js';
import {interruptedSentence} from '../../source/commands/promote-signals.js';

function twoWaves() {
  const progress = initialProgress({
    source: {appId: 's', name: 'whitewave-staging', releaseId: 'r', version: 43, sha: null},
    pipelineName: 'whitewave',
    targets: [
      {appId: 'eu', name: 'whitewave-prod-eu'},
      {appId: 'us', name: 'whitewave-prod'},
    ],
    at: 0,
  });
  return {
    ...progress,
    phase: 'running' as const,
    promotionId: 'p-1',
    waves: {current: 1, count: 2},
    targets: progress.targets.map((t, i) => ({...t, wave: i + 1})),
  };
}

describe('promote output, in waves', () => {
  it('says a later wave was not sent when the command stops early', () => {
    const progress = twoWaves();
    expect(resultText(progress)).toContain('whitewave-prod: not promoted (wave 2 not sent)');
    expect(resultText(progress)).toContain('whitewave-prod-eu: pending after 0s');
    expect(promoteDocument(progress).targets.map((t) => [t.status, t.wave])).toEqual([
      ['pending', 1],
      ['not_created', 2],
    ]);
  });

  it('says not_created for targets of a refused promotion, and for waves never sent', () => {
    const refused = {...twoWaves(), phase: 'failed' as const, promotionId: null};
    expect(promoteDocument(refused).targets.map((t) => t.status)).toEqual([
      'not_created',
      'not_created',
    ]);
    const stopped = {
      ...twoWaves(),
      phase: 'finished' as const,
      targets: twoWaves().targets.map((t, i) => ({
        ...t,
        status: i === 0 ? ('failed' as const) : ('not-promoted' as const),
      })),
    };
    expect(promoteDocument(stopped).targets.map((t) => t.status)).toEqual([
      'failed',
      'not_created',
    ]);
    expect(resultText(stopped)).toContain(
      'Promotion failed on whitewave-prod-eu, so the later waves were not sent: whitewave-prod not promoted.',
    );
  });
});

describe('an interrupted promotion in waves', () => {
  it('says the later waves will not be sent', () => {
    const progress = twoWaves();
    expect(interruptedSentence(progress)).toBe(
      'Interrupted: a promotion cannot be cancelled, and this one goes on at Heroku; follow it with `pipeline-tui promote --follow p-1`. Wave 2 will not be sent.',
    );
    expect(interruptedSentence({...progress, waves: {current: 1, count: 3}})).toMatch(
      /Waves 2 to 3 will not be sent\.$/,
    );
    expect(interruptedSentence({...progress, waves: {current: 2, count: 2}})).not.toMatch(/Wave/);
  });
});
