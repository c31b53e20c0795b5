import {afterEach, describe, expect, it} from 'vitest';
import type {Release} from '../../../source/board/types.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import {HistoryPane} from '../../../source/ui/promote/panes.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {appOf, loadBoard, rollbackPosts, servicesFor} from '../../services/promotion-harness.js';
import {
  KEYS,
  frameHeight,
  plain,
  pressUntil,
  renderAt,
  unmountAll,
  waitFor,
  waitForFrame,
} from '../helpers.js';
import {pressUntilCalled, typeText} from './keys.js';

let sim: Simulator;

afterEach(async () => {
  unmountAll();
  await sim.close();
});

async function open(
  appName: string,
  options: Parameters<typeof startSimulator>[0] = {},
  size = {columns: 120, rows: 34},
) {
  sim = await startSimulator({promotionStepMs: 50, ...options});
  const services = servicesFor(sim);
  const board = await loadBoard(services, 'whitewave');
  const app = appOf(board, appName);
  const history: Release[] = await services.releaseHistory(app);
  const calls = {back: 0, refresh: 0, notes: [] as string[]};
  const instance = renderAt(
    <ServicesProvider services={services}>
      <HistoryPane
        view={{kind: 'history', appId: app.id}}
        board={board}
        width={size.columns}
        height={size.rows}
        isActive
        onBack={() => (calls.back += 1)}
        refresh={() => (calls.refresh += 1)}
        notify={(text) => calls.notes.push(text)}
      />
    </ServicesProvider>,
    size,
  );
  await waitForFrame(instance.lastFrame, (f) => f.includes(`› v${history[0]!.version}*`), 10_000);
  return {instance, calls, app, history};
}

// Moves the cursor to this release's row (the list is newest first), looking at where it
// is after every key so that a key taken late does not overshoot.
async function select(instance: Awaited<ReturnType<typeof open>>['instance'], release: Release) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = plain(instance.lastFrame());
    const at = Number(/› v(\d+)/.exec(frame)?.[1]);
    if (at === release.version) return;
    if (Date.now() > deadline) throw new Error(`The cursor is on v${at}, not v${release.version}.`);
    instance.stdin.write(at > release.version ? 'j' : 'k');
    await waitForFrame(instance.lastFrame, (f) => !f.includes(`› v${at}`), 300).catch(() => '');
  }
}

const eligible = (history: Release[]) => history.find((r) => !r.current && r.eligibleForRollback)!;

describe('ReleaseHistory against the simulator', () => {
  it('lists the last releases with version, status, description, who and age', async () => {
    const {instance, history} = await open('whitewave-prod');
    const frame = await waitForFrame(instance.lastFrame, (f) =>
      f.includes('Releases of whitewave-prod'),
    );
    expect(frame).toContain('(PRODUCTION)');
    expect(frame).toMatch(new RegExp(`v${history[1]!.version}\\s+${history[1]!.status}`));
    expect(frame).toContain(history[1]!.description.slice(0, 20));
    expect(frameHeight(frame)).toBeLessThanOrEqual(34);
    // The current release is not rolled back to: its hint line does not offer r.
    expect(frame).toContain('↑↓ move · Esc back');
    expect(frame).not.toContain('r roll back');
    await select(instance, eligible(history));
    await waitForFrame(instance.lastFrame, (f) => f.includes('r roll back · Esc back'));
  });

  it('offers p only on a release with a build to promote', async () => {
    const {instance, history} = await open('whitewave-dev');
    await waitForFrame(instance.lastFrame, (f) => f.includes('p promote this release'));
    const config = history.find((r) => r.slugId === null && r.ociImageId === null)!;
    await select(instance, config);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Esc back'));
    expect(frame).not.toContain('p promote this release');
    expect(frame).toContain('r roll back');
  });

  it('moves one row for each key of a run that Ink hands over as one string', async () => {
    const {instance, history} = await open('whitewave-prod');
    await select(instance, history[1]!);
    instance.stdin.write('jj');
    await waitForFrame(instance.lastFrame, (f) => f.includes(`› v${history[3]!.version} `));
  });

  it('refuses the current release, and Esc at the typed confirmation sends nothing', async () => {
    const {instance, history} = await open('whitewave-prod');
    await pressUntil(instance, 'r', (f) => f.includes('is the current release.'));
    const target = eligible(history);
    await select(instance, target);
    instance.stdin.write('r');
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    expect(frame).toContain(
      `Config vars roll back too, to those of v${target.version}; add-ons do not change.`,
    );
    await pressUntil(instance, KEYS.escape, (f) =>
      f.includes('Rollback cancelled: nothing was sent.'),
    );
    expect(rollbackPosts(sim, sim.appId('whitewave-prod'))).toHaveLength(0);
  });

  it.each([
    [40, 10],
    [60, 12],
  ])(
    'keeps the question, its consequence and the typed field in a %i x %i terminal',
    async (columns, rows) => {
      const {instance, history} = await open('whitewave-prod', {}, {columns, rows});
      const target = eligible(history);
      await select(instance, target);
      instance.stdin.write('r');
      const frame = await waitForFrame(instance.lastFrame, (f) =>
        f.includes('Type whitewave-prod'),
      );
      expect(frame).toContain(`Roll whitewave-prod back to v${target.version}`);
      expect(frame).toContain('Config vars roll back too');
      expect(frame).toMatch(/│ > /);
      expect(frameHeight(frame)).toBeLessThanOrEqual(rows);
      // Cancelled: the notice is whole, however it wraps, and so are the keys below it.
      // Ink hands Esc over after a short wait for a sequence that might follow it.
      const after = await pressUntil(instance, KEYS.escape, (f) =>
        f.includes('Rollback cancelled'),
      );
      expect(after.replace(/[│\s]+/g, ' ')).toContain('Rollback cancelled: nothing was sent.');
      expect(after).toContain('Esc back');
      expect(frameHeight(after)).toBeLessThanOrEqual(rows);
    },
  );

  it('rolls production back after the typed name', async () => {
    // Slow enough that the new release is seen pending first.
    const {instance, calls, history} = await open('whitewave-prod', {promotionStepMs: 1500});
    const target = eligible(history);
    await select(instance, target);
    instance.stdin.write('r');
    await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    await typeText(instance, '1');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('That is not whitewave-prod'));
    await typeText(instance, 'whitewave-prod');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) =>
      f.includes(
        `Rolled whitewave-prod back to v${target.version}: v${history[0]!.version + 1} created; its release phase is running.`,
      ),
    );
    expect(calls.refresh).toBe(1);
    const posts = rollbackPosts(sim, sim.appId('whitewave-prod'));
    expect(posts.map((r) => r.body)).toEqual([{release: target.id}]);
    // The list follows the new release until it settles and is the current one.
    await waitForFrame(
      instance.lastFrame,
      (f) => f.includes(`v${history[0]!.version + 1}*`),
      10_000,
    );
    await waitFor(() => calls.refresh === 2, 5000, 'the board refresh once the release settled');
  });

  it('asks y for a staging rollback, and digits never confirm', async () => {
    const {instance, history} = await open('whitewave-staging');
    await select(instance, eligible(history));
    instance.stdin.write('r');
    await waitForFrame(instance.lastFrame, (f) => f.includes('Press y to roll back'));
    await pressUntil(instance, '1', (f) => f.includes('Only y confirms.'));
    for (const digit of '23456789') instance.stdin.write(digit);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Only y confirms.'));
    expect(rollbackPosts(sim, sim.appId('whitewave-staging'))).toHaveLength(0);
    instance.stdin.write('y');
    await waitForFrame(instance.lastFrame, (f) => f.includes('Rolled whitewave-staging back'));
    expect(rollbackPosts(sim, sim.appId('whitewave-staging'))).toHaveLength(1);
  });

  it('asks for a two-factor code; Esc there rolls nothing back', async () => {
    const {instance, history} = await open('whitewave-prod', {twoFactorCode: '123456'});
    await select(instance, eligible(history));
    instance.stdin.write('r');
    await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    await typeText(instance, 'whitewave-prod');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Two-factor code'));
    await pressUntil(instance, KEYS.escape, (f) =>
      f.includes('Cancelled: nothing was rolled back.'),
    );
    const posts = rollbackPosts(sim, sim.appId('whitewave-prod'));
    expect(posts.map((r) => r.status)).toEqual([403]);
  });

  it('rolls back with a two-factor code', async () => {
    const {instance, history} = await open('whitewave-prod', {twoFactorCode: '123456'});
    const target = eligible(history);
    await select(instance, target);
    instance.stdin.write('r');
    await waitForFrame(instance.lastFrame, (f) => f.includes('Type whitewave-prod'));
    await typeText(instance, 'whitewave-prod');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) => f.includes('Two-factor code'));
    await typeText(instance, '123456');
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, (f) =>
      f.includes(`Rolled whitewave-prod back to v${target.version}`),
    );
    expect(rollbackPosts(sim, sim.appId('whitewave-prod')).map((r) => r.twoFactorCode)).toEqual([
      null,
      '123456',
    ]);
  });

  it('promotes an older staging release through the dialog, and Esc returns to the list', async () => {
    const {instance, history} = await open('whitewave-staging');
    const older = history.find((r) => !r.current && r.status === 'succeeded' && r.slugId)!;
    await select(instance, older);
    instance.stdin.write('p');
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('[ Cancel ]'), 10_000);
    expect(frame).toContain(`Promote whitewave-staging v${older.version}`);
    await pressUntil(instance, KEYS.escape, (f) => f.includes('Releases of whitewave-staging'));
    expect(sim.promotions()).toHaveLength(0);
  });

  it('does not offer to promote a production release', async () => {
    const {instance, history, calls} = await open('whitewave-prod');
    await select(instance, eligible(history));
    instance.stdin.write('p');
    await waitForFrame(instance.lastFrame, (f) =>
      f.includes('Only staging and development releases are promoted from here.'),
    );
    await pressUntilCalled(instance, KEYS.escape, () => calls.back > 0);
    expect(sim.promotions()).toHaveLength(0);
  });
});
