import {afterEach, describe, expect, it} from 'vitest';
import {buildPromotionPlan, type PromotionPlan} from '../../../source/board/promotion-plan.js';
import {PromoteDialog} from '../../../source/ui/promote/PromoteDialog.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {board, card, commit, comparison} from '../../board/promotion-fixtures.js';
import {fakeServices} from '../fake-services.js';
import {KEYS, frameHeight, pressUntil, renderAt, unmountAll, waitForFrame} from '../helpers.js';
import {pressUntilCalled, typeText, typedValue} from './keys.js';

afterEach(unmountAll);

const staging = card('whitewave-staging', 'staging', {commit: {sha: 'abc1234ffff', message: 'x'}});
const prod = card('whitewave-prod', 'production');
const prodEu = card('whitewave-prod-eu', 'production');
const dev = card('whitewave-dev', 'development');

function prodPlan(commits = 3): PromotionPlan {
  return buildPromotionPlan({
    board: board([dev, staging, prod]),
    source: staging,
    comparisons: {
      [prod.id]: comparison({
        ahead: commits,
        commits: Array.from({length: commits}, (_, i) =>
          commit(`c${i}aaaaaaa`, `Change number ${i}`),
        ),
      }),
    },
    missingConfigVars: {[prod.id]: ['FEATURE_CHECKOUT_V2']},
  });
}

function show(plan: PromotionPlan, size = {columns: 100, rows: 30}) {
  const calls = {confirmed: [] as PromotionPlan[], cancelled: 0};
  const instance = renderAt(
    <ServicesProvider services={fakeServices()}>
      <PromoteDialog
        plan={plan}
        width={size.columns}
        height={size.rows}
        isActive
        onConfirm={(p) => calls.confirmed.push(p)}
        onCancel={() => (calls.cancelled += 1)}
      />
    </ServicesProvider>,
    size,
  );
  return {instance, calls};
}

async function toConfirmStep(instance: ReturnType<typeof show>['instance'], prompt: RegExp) {
  await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
  instance.stdin.write(KEYS.enter);
  await waitForFrame(instance.lastFrame, (f) => prompt.test(f));
}

describe('PromoteDialog', () => {
  it('shows the release, the targets, the commits and the warnings, with Cancel focused', async () => {
    const {instance} = show(prodPlan());
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).toContain('Promote whitewave-staging v10 abc1234 to PRODUCTION');
    expect(frame).toContain('[x] whitewave-prod  3 new commits');
    expect(frame).toContain('Commits reaching it (3)');
    expect(frame).toContain('Change number 2');
    expect(frame).toContain(
      '! whitewave-prod lacks a config var that whitewave-staging has: FEATURE_CHECKOUT_V2.',
    );
    expect(frame).toContain('[ Cancel ]');
    expect(frame).not.toContain('[ Promote… ]');
  });

  it('lists the commits a diverged target would lose', async () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      comparisons: {
        [prod.id]: comparison({
          status: 'diverged',
          ahead: 1,
          behind: 1,
          commits: [commit('n1aaaaaaa', 'New work')],
          behindCommits: [commit('h1aaaaaaa', 'Hotfix only in production')],
        }),
      },
    });
    const {instance} = show(plan);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).toContain('Commits it would lose (1)');
    expect(frame).toContain('- h1aaaaa ana Hotfix only in production');
    expect(frame).toContain('! whitewave-prod has diverged from whitewave-staging');
  });

  it('offers w (waves) only with two targets or more checked', async () => {
    const one = show(prodPlan());
    const single = await waitForFrame(one.instance.lastFrame, (f) => f.includes('[ Cancel ]'));
    expect(single).toContain('Space toggle');
    expect(single).not.toContain('w wave');
    one.instance.unmount();
    const plan = buildPromotionPlan({board: board([staging, prod, prodEu]), source: staging});
    const two = show(plan, {columns: 140, rows: 30});
    const both = await waitForFrame(two.instance.lastFrame, (f) => f.includes('[ Cancel ]'));
    expect(both).toContain('w wave');
  });

  it('says how many warnings a short terminal leaves out', async () => {
    const {instance} = show(prodPlan(), {columns: 40, rows: 9});
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('[ Cancel ]'));
    expect(frame).not.toContain('FEATURE_CHECKOUT_V2');
    expect(frame).toMatch(/! \d+ more warnings?: a taller/);
    expect(frameHeight(frame)).toBeLessThanOrEqual(9);
  });

  it('cancels on Enter by default', async () => {
    const {instance, calls} = show(prodPlan());
    await pressUntilCalled(instance, KEYS.enter, () => calls.cancelled > 0);
    expect(calls.confirmed).toEqual([]);
  });

  it('cancels on Esc in the review step', async () => {
    const {instance, calls} = show(prodPlan());
    await pressUntilCalled(instance, KEYS.escape, () => calls.cancelled > 0);
    expect(calls.confirmed).toEqual([]);
  });

  it('cancels on Esc in the typed-name step', async () => {
    const {instance, calls} = show(prodPlan());
    await toConfirmStep(instance, /Type whitewave-prod to promote/);
    await typeText(instance, 'whitewave');
    await pressUntilCalled(instance, KEYS.escape, () => calls.cancelled > 0);
    expect(calls.confirmed).toEqual([]);
  });

  it("needs the production app's name typed exactly", async () => {
    const {instance, calls} = show(prodPlan());
    await toConfirmStep(instance, /Type whitewave-prod to promote/);
    await typeText(instance, 'whitewave-pro');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('That is not whitewave-prod'));
    await typeText(instance, '123456789');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => typedValue(f) === '');
    expect(calls.confirmed).toEqual([]);
    await typeText(instance, 'whitewave-prod');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, () => calls.confirmed.length > 0);
    expect(calls.confirmed).toHaveLength(1);
    expect(calls.confirmed[0]!.targets.map((t) => t.app.name)).toEqual(['whitewave-prod']);
    expect(calls.cancelled).toBe(0);
  });

  it('never confirms on a digit, in either step; y confirms a non-production target', async () => {
    const plan = buildPromotionPlan({board: board([dev, staging, prod]), source: dev});
    const {instance, calls} = show(plan);
    await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
    for (const digit of '123456789') instance.stdin.write(digit);
    await waitForFrame(instance.lastFrame, (f) => f.includes('[ Promote… ]'));
    expect(calls.confirmed).toEqual([]);
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Press y to promote'));
    await pressUntil(instance, '1', (f) => f.includes('Only y confirms.'));
    for (const digit of '23456789') instance.stdin.write(digit);
    expect(calls.confirmed).toEqual([]);
    expect(calls.cancelled).toBe(0);
    instance.stdin.write('y');
    await waitForFrame(instance.lastFrame, () => calls.confirmed.length > 0);
    expect(calls.confirmed).toHaveLength(1);
  });

  it('toggles targets with space, keeps one, and asks for the pipeline name for several', async () => {
    const plan = buildPromotionPlan({board: board([staging, prod, prodEu]), source: staging});
    const {instance, calls} = show(plan);
    await waitForFrame(instance.lastFrame, (f) => f.includes('[x] whitewave-prod-eu'));
    await pressUntil(instance, KEYS.down, (f) => f.includes('› [x] whitewave-prod-eu'));
    instance.stdin.write(' ');
    await waitForFrame(instance.lastFrame, (f) => f.includes('[ ] whitewave-prod-eu'));
    instance.stdin.write(KEYS.up);
    instance.stdin.write(' ');
    // The last selected target stays selected.
    await waitForFrame(instance.lastFrame, (f) => f.includes('› [x] whitewave-prod '));
    instance.stdin.write(KEYS.down);
    instance.stdin.write(' ');
    await waitForFrame(instance.lastFrame, (f) => f.includes('[x] whitewave-prod-eu'));
    await toConfirmStep(instance, /Type whitewave to promote/);
    await typeText(instance, 'whitewave');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, () => calls.confirmed.length > 0);
    expect(calls.confirmed[0]!.targets.filter((t) => t.selected)).toHaveLength(2);
  });

  it('offers only Cancel when the plan cannot be promoted', async () => {
    const plan = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      apps: {[prod.id]: {stack: 'container'}},
    });
    const {instance, calls} = show(plan);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('None of the targets'));
    expect(frame).toContain('[-] whitewave-prod');
    instance.stdin.write(KEYS.right);
    instance.stdin.write(KEYS.right);
    await pressUntilCalled(instance, KEYS.enter, () => calls.cancelled > 0);
    expect(calls.confirmed).toEqual([]);
  });

  it('never grows taller than its height', async () => {
    const {instance} = show(prodPlan(40), {columns: 80, rows: 16});
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('more'));
    expect(frameHeight(frame)).toBeLessThanOrEqual(16);
    expect(frame).toMatch(/… and \d+ more/);
    expect(frame).toContain('FEATURE_CHECKOUT_V2');
  });

  it.each([
    [40, 10],
    [36, 9],
    [60, 8],
    [100, 30],
  ])(
    'keeps what ships, to where, and the buttons on one line at %i x %i',
    async (columns, rows) => {
      const {instance} = show(prodPlan(), {columns, rows});
      const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
      const lines = frame.split('\n');
      // What ships and where: the app's name starts the first line, the version and
      // PRODUCTION end it, and the SHA is on it or on the line under it.
      expect(lines[1]).toMatch(/│ (Promote )?whitewave-sta.* v10( abc1234)? to PRODUCTION/);
      expect(`${lines[1]}${lines[2]}`).toContain('abc1234');
      expect(frame).toContain('whitewave-prod');
      const buttons = lines.find((line) => line.includes('Cancel'))!;
      expect(buttons).toContain('Promote…');
      expect(frameHeight(frame)).toBeLessThanOrEqual(rows);
    },
  );
});
