import {describe, expect, it} from 'vitest';
import {planNotes} from '../../source/board/plan-notes.js';
import {buildPromotionPlan, toggleTarget} from '../../source/board/promotion-plan.js';
import {board, card, commit, comparison} from './promotion-fixtures.js';

const staging = card('whitewave-staging', 'staging', {commit: {sha: 'abc1234ffff', message: 'x'}});
const prod = card('whitewave-prod', 'production');
const prodEu = card('whitewave-prod-eu', 'production');
const all = board([staging, prod, prodEu]);

function plan() {
  const ahead = comparison({ahead: 1, commits: [commit('c0aaaaaaa', 'Add order export (#41)')]});
  return buildPromotionPlan({
    board: all,
    source: staging,
    comparisons: {[prod.id]: ahead, [prodEu.id]: ahead},
  });
}

describe('release notes of a promotion plan', () => {
  it('tells what ships to the selected targets, from the release that would ship', () => {
    const text = planNotes(plan(), all, {compareUrl: 'https://github.com/o/r/compare/a...b'});
    const lines = text.split('\n');
    expect(lines[0]).toBe('## whitewave: whitewave-staging → whitewave-prod, whitewave-prod-eu');
    expect(text).toContain('1 commit ships ([compare](https://github.com/o/r/compare/a...b)):');
    expect(text).toContain('Add order export (\\#41) (#41)');
  });

  it('tells it in the past tense once shipped, to the targets it went to', () => {
    const one = toggleTarget(plan(), prodEu.id);
    const text = planNotes(one, all, {compareUrl: null, shipped: true});
    expect(text.split('\n')[0]).toBe('## whitewave: whitewave-staging → whitewave-prod');
    expect(text).toContain('1 commit shipped:');
  });
});
