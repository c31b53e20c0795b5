import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ciStatusOf, type CiStatus} from '../../../source/board/ci-status.js';
import {buildPromotionPlan} from '../../../source/board/promotion-plan.js';
import {ciWarnings} from '../../../source/board/promotion-checks.js';
import {PromoteDialog} from '../../../source/ui/promote/PromoteDialog.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {board, card, comparison} from '../../board/promotion-fixtures.js';
import {fakeServices} from '../fake-services.js';
import {renderAt, unmountAll, waitForFrame} from '../helpers.js';

afterEach(unmountAll);

// Colours are what these tests read.
const level = chalk.level;
beforeAll(() => {
  chalk.level = 1;
});
afterAll(() => {
  chalk.level = level;
});

const staging = card('whitewave-staging', 'staging', {commit: {sha: 'abc1234ffff', message: 'x'}});
const prod = card('whitewave-prod', 'production');

const failed = ciStatusOf([
  {name: 'ci/circleci: test', state: 'failed', url: null, source: 'github'},
  {name: 'lint', state: 'passed', url: null, source: 'github'},
]);
const running = ciStatusOf([{name: 'pipeline', state: 'running', url: null, source: 'gitlab'}]);
const passed = ciStatusOf([{name: 'lint', state: 'passed', url: null, source: 'github'}]);

function plan(ci: CiStatus | null) {
  return buildPromotionPlan({
    board: board([staging, prod]),
    source: staging,
    comparisons: {[prod.id]: comparison({ahead: 1})},
    ci,
  });
}

function show(ci: CiStatus | null, size = {columns: 100, rows: 30}) {
  return renderAt(
    <ServicesProvider services={fakeServices()}>
      <PromoteDialog
        plan={plan(ci)}
        width={size.columns}
        height={size.rows}
        isActive
        onConfirm={() => {}}
        onCancel={() => {}}
      />
    </ServicesProvider>,
    size,
  );
}

describe('CI in the promotion plan', () => {
  it('warns of a failed or running CI by check name, and of nothing else', () => {
    expect(ciWarnings(failed)).toEqual([
      'CI failed for the commit that would ship: ci/circleci: test.',
    ]);
    expect(ciWarnings(running)).toEqual([
      'CI is still running for the commit that would ship: pipeline.',
    ]);
    expect(ciWarnings(passed)).toEqual([]);
    expect(ciWarnings({state: 'none', checks: [], reason: 'GitHub could not be asked.'})).toEqual(
      [],
    );
    expect(plan(failed).warnings).toContain(
      'CI failed for the commit that would ship: ci/circleci: test.',
    );
    // A warning, not a refusal: the promotion can still go ahead.
    expect(plan(failed).promotable).toBe(true);
  });
});

describe('PromoteDialog with CI', () => {
  it('lists the checks by name and draws a failed CI warning in red', async () => {
    const instance = show(failed);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).toMatch(/CI {2}✗ ci\/circleci: test {2}✓ lint/);
    const raw = instance.lastFrame() ?? '';
    const warning = raw.split('\n').find((l) => l.includes('CI failed for the commit'))!;
    expect(warning).toContain('\u001B[31m! CI failed for the commit that would ship');
  });

  it('draws a running CI warning in yellow', async () => {
    const instance = show(running);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    const raw = instance.lastFrame() ?? '';
    const warning = raw.split('\n').find((l) => l.includes('CI is still running'))!;
    expect(warning).toContain('\u001B[33m! CI is still running');
    expect(raw).toMatch(/… pipeline/);
  });

  it('keeps the CI line and the buttons in a 60 x 20 terminal', async () => {
    const instance = show(failed, {columns: 60, rows: 20});
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).toContain('✗ ci/circleci: test');
    expect(frame).toContain('CI failed for the commit');
    expect(frame.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('shows no CI line when nothing is known', async () => {
    const instance = show(null);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).not.toMatch(/\bCI\b/);
  });
});
