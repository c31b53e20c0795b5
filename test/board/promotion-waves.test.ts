import {describe, expect, it} from 'vitest';
import {buildPromotionPlan, toggleTarget} from '../../source/board/promotion-plan.js';
import {
  assignWaves,
  moveWave,
  planWaves,
  sequentialWaves,
  toggleRefusal,
  waveOf,
} from '../../source/board/promotion-waves.js';
import {board, card} from './promotion-fixtures.js';

const staging = card('whitewave-staging', 'staging');
const us = card('whitewave-prod', 'production');
const eu = card('whitewave-prod-eu', 'production');
const ap = card('whitewave-prod-ap', 'production');
const plan = buildPromotionPlan({board: board([staging, us, eu, ap]), source: staging});
const names = (p: typeof plan) => planWaves(p).map((w) => w.map((t) => t.app.name));

describe('waves', () => {
  it('are one wave by default', () => {
    expect(names(plan)).toEqual([['whitewave-prod', 'whitewave-prod-eu', 'whitewave-prod-ap']]);
  });

  it('follow --waves by name part or full name, first match wins', () => {
    const waved = assignWaves(plan, ['eu', 'ap', 'whitewave-prod']);
    if (typeof waved === 'string') throw new Error(waved);
    expect(names(waved)).toEqual([
      ['whitewave-prod-eu'],
      ['whitewave-prod-ap'],
      ['whitewave-prod'],
    ]);
    expect(waveOf(waved, us.id)).toBe(3);
    const two = assignWaves(plan, ['eu', 'prod']);
    if (typeof two === 'string') throw new Error(two);
    expect(names(two)).toEqual([['whitewave-prod-eu'], ['whitewave-prod', 'whitewave-prod-ap']]);
  });

  it('refuse --waves that leave a target out or name none', () => {
    expect(assignWaves(plan, ['eu', 'ap'])).toBe(
      'whitewave-prod is in none of the waves eu, ap: every target needs one.',
    );
    expect(assignWaves(plan, ['eu', 'prod', 'us'])).toBe(
      'The wave us names none of the targets (whitewave-prod, whitewave-prod-eu, whitewave-prod-ap).',
    );
    expect(assignWaves(plan, [' '])).toMatch(/--waves takes/);
  });

  it('are one target each with --sequential, unselected targets left out', () => {
    const two = toggleTarget(plan, ap.id);
    expect(names(sequentialWaves(two))).toEqual([['whitewave-prod'], ['whitewave-prod-eu']]);
  });

  it('move a target to a later wave, a new one, and back', () => {
    const later = moveWave(plan, eu.id, 1);
    expect(names(later)).toEqual([['whitewave-prod', 'whitewave-prod-ap'], ['whitewave-prod-eu']]);
    // Alone in the last wave: it cannot open another one.
    expect(moveWave(later, eu.id, 1)).toBe(later);
    const third = moveWave(later, ap.id, 1);
    expect(names(third)).toEqual([['whitewave-prod'], ['whitewave-prod-eu', 'whitewave-prod-ap']]);
    expect(names(moveWave(third, ap.id, -1))).toEqual(names(later));
    expect(moveWave(plan, us.id, -1)).toBe(plan);
  });
});

describe('toggleRefusal', () => {
  it('says why the last target cannot be unchecked', () => {
    const one = toggleTarget(toggleTarget(plan, eu.id), ap.id);
    expect(toggleRefusal(one, us.id)).toBe(
      'whitewave-prod is the only target left: a promotion needs one. Esc cancels instead.',
    );
    expect(toggleRefusal(one, eu.id)).toBeNull();
    expect(toggleRefusal(plan, us.id)).toBeNull();
  });
});
