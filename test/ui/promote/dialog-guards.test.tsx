import {afterEach, describe, expect, it} from 'vitest';
import {buildPromotionPlan, type PromotionPlan} from '../../../source/board/promotion-plan.js';
import {planWaves} from '../../../source/board/promotion-waves.js';
import {PromoteDialog} from '../../../source/ui/promote/PromoteDialog.js';
import {dialogReducer, initialDialogState} from '../../../source/ui/promote/dialog-state.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {board, card, comparison} from '../../board/promotion-fixtures.js';
import {fakeServices} from '../fake-services.js';
import {KEYS, pressUntil, renderAt, unmountAll, waitForFrame} from '../helpers.js';
import {pressUntilCalled} from './keys.js';

afterEach(unmountAll);

const staging = card('whitewave-staging', 'staging', {commit: {sha: 'abc1234ffff', message: 'x'}});
const prod = card('whitewave-prod', 'production');
const prodEu = card('whitewave-prod-eu', 'production');
const dev = card('whitewave-dev', 'development');
const migration = {filename: 'db/migrate/1_add.rb', status: 'added', additions: 3, deletions: 0};

function show(
  plan: PromotionPlan,
  extra: {newer?: {version: number}; onReplan?: () => void} = {},
  size = {columns: 110, rows: 30},
) {
  const calls = {confirmed: [] as Array<{plan: PromotionPlan; maintenanceFirst: boolean}>};
  const instance = renderAt(
    <ServicesProvider services={fakeServices()}>
      <PromoteDialog
        plan={plan}
        width={size.columns}
        height={size.rows}
        isActive
        onConfirm={(p, o) => calls.confirmed.push({plan: p, ...o})}
        onCancel={() => {}}
        newer={extra.newer ?? null}
        onReplan={extra.onReplan}
      />
    </ServicesProvider>,
    size,
  );
  return {instance, calls};
}

describe('the dialog state, for the guard rails', () => {
  const plan = buildPromotionPlan({board: board([staging, prod, prodEu]), source: staging});

  it('says why the last target cannot be unchecked, until the next key', () => {
    const one = [{type: 'move', delta: 1} as const, {type: 'toggle'} as const].reduce(
      dialogReducer,
      initialDialogState(plan),
    );
    const refused = dialogReducer({...one, cursor: 0}, {type: 'toggle'});
    expect(refused.notice).toBe(
      'whitewave-prod is the only target left: a promotion needs one. Esc cancels instead.',
    );
    expect(dialogReducer(refused, {type: 'move', delta: 1}).notice).toBeNull();
  });

  it('moves the highlighted target to a later wave and back', () => {
    const later = dialogReducer({...initialDialogState(plan), cursor: 1}, {type: 'wave', delta: 1});
    expect(planWaves(later.plan).map((w) => w.map((t) => t.app.name))).toEqual([
      ['whitewave-prod'],
      ['whitewave-prod-eu'],
    ]);
    expect(planWaves(dialogReducer(later, {type: 'wave', delta: -1}).plan)).toHaveLength(1);
  });

  it('offers maintenance first only when migrations reach a target', () => {
    expect(dialogReducer(initialDialogState(plan), {type: 'maintenance-first'}).notice).toMatch(
      /No migrations reach the targets/,
    );
    const migrating = buildPromotionPlan({
      board: board([staging, prod]),
      source: staging,
      comparisons: {[prod.id]: comparison({files: [migration]})},
    });
    const on = dialogReducer(initialDialogState(migrating), {type: 'maintenance-first'});
    expect(on.maintenanceFirst).toBe(true);
  });
});

describe('PromoteDialog, with the guard rails', () => {
  it('draws targets that already run the code unchecked, and waves per target', async () => {
    const same = card('whitewave-prod-eu', 'production', {commit: staging.commit});
    const plan = buildPromotionPlan({board: board([staging, prod, same]), source: staging});
    const {instance} = show(plan);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame).toContain('[ ] whitewave-prod-eu  already runs this code');
    expect(frame).toContain('[x] whitewave-prod');
    instance.stdin.write(KEYS.down);
    instance.stdin.write(' ');
    instance.stdin.write('w');
    const waved = await waitForFrame(instance.lastFrame, (f) => f.includes('in 2 waves'));
    expect(waved).toMatch(/whitewave-prod-eu wave 2/);
  });

  it('draws the warning of a backwards promotion', async () => {
    const plan = buildPromotionPlan({
      board: board([dev, staging]),
      source: staging,
      targetAppIds: [dev.id],
    });
    const {instance} = show(plan);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Promoting backwards'));
    expect(frame).toContain('! Promoting backwards: whitewave-dev is development');
  });

  it('says the source runs a newer release before the typed confirmation, and u reviews it', async () => {
    const plan = buildPromotionPlan({board: board([staging, prod]), source: staging});
    let replans = 0;
    const {instance} = show(plan, {newer: {version: 11}, onReplan: () => (replans += 1)});
    await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
    instance.stdin.write(KEYS.enter);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    expect(frame).toContain(
      'whitewave-staging now runs v11; v10, which you reviewed, will ship. Ctrl-R reviews v11.',
    );
    // Ctrl-R, as letters are the typed name here.
    await pressUntilCalled(instance, '\u0012', () => replans > 0);
    expect(replans).toBe(1);
    const before = show(plan);
    const plain = await waitForFrame(before.instance.lastFrame, (f) => f.includes('Cancel'));
    expect(plain).not.toContain('now runs');
    const review = show(plan, {newer: {version: 11}, onReplan: () => (replans += 1)});
    await waitForFrame(review.instance.lastFrame, (f) => f.includes('u reviews v11'));
    review.instance.stdin.write('u');
    await waitForFrame(review.instance.lastFrame, () => replans > 1);
    expect(replans).toBe(2);
  });

  it('turns maintenance on first when asked, for migrations, and says so on confirm', async () => {
    const plan = buildPromotionPlan({
      board: board([dev, staging]),
      source: dev,
      comparisons: {[staging.id]: comparison({files: [migration]})},
    });
    const {instance, calls} = show(plan);
    await waitForFrame(instance.lastFrame, (f) => f.includes('[ ] m: maintenance mode on'));
    instance.stdin.write('m');
    await waitForFrame(instance.lastFrame, (f) => f.includes('[x] maintenance mode on'));
    await pressUntil(instance, KEYS.right, (f) => f.includes('[ Promote… ]'));
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Press y'));
    await pressUntilCalled(instance, 'y', () => calls.confirmed.length > 0);
    expect(calls.confirmed[0]!.maintenanceFirst).toBe(true);
  });
});
