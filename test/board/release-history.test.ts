import {describe, expect, it} from 'vitest';
import {
  HISTORY_LENGTH,
  historyOrder,
  olderReleaseBlocker,
  rollbackBlocker,
  rollbackConfirmation,
  rollbackConsequence,
} from '../../source/board/release-history.js';
import {card, release} from './promotion-fixtures.js';

describe('release history', () => {
  it('orders newest first and keeps at most 20', () => {
    const releases = Array.from({length: 30}, (_, i) => release(i + 1));
    const ordered = historyOrder([...releases].reverse().slice(5).concat(releases.slice(25)));
    expect(ordered).toHaveLength(HISTORY_LENGTH);
    expect(ordered[0]!.version).toBe(30);
    expect(ordered.map((r) => r.version)).toEqual(
      [...ordered.map((r) => r.version)].sort((a, b) => b - a),
    );
  });

  it('says which releases can be rolled back to', () => {
    expect(rollbackBlocker(release(5))).toBeNull();
    expect(rollbackBlocker(release(6, {current: true}))).toBe('v6 is the current release.');
    expect(rollbackBlocker(release(4, {eligibleForRollback: false}))).toBe(
      'Heroku does not allow a rollback to v4.',
    );
  });

  it('asks for the name on production and y elsewhere, and says what rolls back', () => {
    expect(rollbackConfirmation(card('whitewave-prod', 'production'))).toEqual({
      kind: 'type',
      text: 'whitewave-prod',
    });
    expect(rollbackConfirmation(card('whitewave-staging', 'staging'))).toEqual({kind: 'yes'});
    expect(rollbackConsequence(release(40))).toBe(
      'Config vars roll back too, to those of v40; add-ons do not change.',
    );
  });

  it('promotes older releases of staging and development apps only', () => {
    const staging = card('whitewave-staging', 'staging');
    expect(olderReleaseBlocker(staging, release(3))).toBeNull();
    expect(olderReleaseBlocker(card('d', 'development'), release(3))).toBeNull();
    expect(olderReleaseBlocker(card('p', 'production'), release(3))).toMatch(/Only staging/);
    expect(olderReleaseBlocker(card('r', 'review'), release(3))).toMatch(/Only staging/);
    expect(olderReleaseBlocker(staging, release(3, {status: 'failed'}))).toBe(
      'v3 has not succeeded (failed).',
    );
    expect(olderReleaseBlocker(staging, release(3, {slugId: null}))).toBe(
      'v3 carries no build to promote.',
    );
  });
});
