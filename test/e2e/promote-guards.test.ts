import {describe, expect, it} from 'vitest';
import {cliEnv, requireBuiltCli, runPiped, simulator} from './harness.js';
import {commitRunning, promotionPosts} from './sim-state.js';
import {couple} from '../../source/simulator/builder.js';
import {findApp, findPipeline} from '../../source/simulator/state.js';

requireBuiltCli();

// whitewave-canary-prod, a staging copy named -prod, coupled as staging.
function coupleCanaryAsStaging(sim: Awaited<ReturnType<typeof simulator>>): void {
  const pipeline = findPipeline(sim.state, 'whitewave')!;
  couple(sim.state, pipeline, findApp(sim.state, 'whitewave-canary-prod')!, 'staging');
}

type Document = {
  targets: Array<{app: string; status: string; wave: number | null}>;
  message: string | null;
  warnings: Array<{kind: string; app: string; message: string}>;
};

const promote = (sim: Awaited<ReturnType<typeof simulator>>, args: string[], extra = {}) =>
  runPiped(['promote', ...args], cliEnv({sim, extra}), '', 30_000);

describe('pipeline-tui promote: guard rails, as a script runs it', {timeout: 90_000}, () => {
  it('promotes twice in a row: the second sends nothing and exits 0', async () => {
    const sim = await simulator({promotionStepMs: 100});
    expect((await promote(sim, ['whitewave-staging', '--yes'])).code).toBe(0);
    const again = await promote(sim, ['whitewave-staging', '--yes']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Nothing to promote: whitewave-prod already runs this build');
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('waves EU then US: EU fails, US is never promoted, exit 1', async () => {
    const sim = await simulator({promotionStepMs: 100, secondProduction: true});
    sim.failNextPromotion('whitewave-prod-eu', 'release command failed');
    const usBefore = commitRunning(sim, 'whitewave-prod');
    const result = await promote(sim, ['whitewave-staging', '--yes', '--waves', 'eu,prod']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('whitewave-prod: not promoted (wave 2 was not sent)');
    expect(result.stdout).toContain(
      'Promotion failed on whitewave-prod-eu, so the later waves were not sent: whitewave-prod not promoted.',
    );
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()[0]!.targetAppIds).toEqual([sim.appId('whitewave-prod-eu')]);
    expect(commitRunning(sim, 'whitewave-prod')).toBe(usBefore);
  });

  it('waves EU then US: only US fails, EU keeps its new release, exit 1', async () => {
    const sim = await simulator({promotionStepMs: 100, secondProduction: true});
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const result = await promote(sim, ['whitewave-staging', '--yes', '--waves', 'eu,prod']);
    expect(result.code).toBe(1);
    expect(promotionPosts(sim)).toHaveLength(2);
    expect(commitRunning(sim, 'whitewave-prod-eu')).toBe(commitRunning(sim, 'whitewave-staging'));
    expect(result.stdout).toMatch(/^whitewave-prod: failed v\d+: release command failed$/m);
  });

  it('promotes with --two-factor-code in the two-factor scenario; a wrong code creates nothing', async () => {
    const sim = await simulator({promotionStepMs: 100, twoFactorCode: '123456'});
    const wrong = await promote(sim, ['whitewave-staging', '--yes', '--two-factor-code', '000000']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(
      'Heroku did not accept the two-factor code: no promotion was created.',
    );
    expect(sim.promotions()).toHaveLength(0);
    expect(wrong.stdout + wrong.stderr).not.toContain('000000');

    const right = await promote(sim, ['whitewave-staging', '--yes', '--two-factor-code', '123456']);
    expect(right.code).toBe(0);
    expect(promotionPosts(sim).map((r) => r.twoFactorCode)).toEqual(['000000', '123456']);
    expect(sim.promotions()).toHaveLength(1);
  });

  it('takes the code from PIPELINE_TUI_TWO_FACTOR_CODE, and says how when it is missing', async () => {
    const sim = await simulator({promotionStepMs: 100, twoFactorCode: '123456'});
    const missing = await promote(sim, ['whitewave-staging', '--yes']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('pass --two-factor-code CODE');
    expect(sim.promotions()).toHaveLength(0);
    const env = await promote(sim, ['whitewave-staging', '--yes'], {
      PIPELINE_TUI_TWO_FACTOR_CODE: '123456',
    });
    expect(env.code).toBe(0);
  });

  it('lists crashed dynos and migrations in --json when they are there, and not when not', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const kinds = (text: string) =>
      (JSON.parse(text) as Document).warnings.map((w) => `${w.kind} ${w.app}`);
    const first = await promote(sim, ['whitewave-staging', '--yes', '--json']);
    expect(kinds(first.stdout)).toEqual(
      expect.arrayContaining(['crashed whitewave-prod', 'migrations whitewave-prod']),
    );
    sim.setDynoState('whitewave-prod', 'worker.1', 'up');
    sim.deploy('whitewave-staging', {message: 'Tidy the order model'});
    const second = await promote(sim, ['whitewave-staging', '--yes', '--json']);
    expect(second.code).toBe(0);
    expect(kinds(second.stdout)).not.toContain('crashed whitewave-prod');
    expect(kinds(second.stdout)).not.toContain('migrations whitewave-prod');
  });

  it('lists a target whose name says another stage, and only that one', async () => {
    const sim = await simulator({promotionStepMs: 100});
    coupleCanaryAsStaging(sim);
    const result = await promote(sim, ['whitewave-dev', '--yes', '--json']);
    const kinds = (JSON.parse(result.stdout) as Document).warnings.map((w) => `${w.kind} ${w.app}`);
    expect(kinds).toContain('naming whitewave-canary-prod');
    expect(kinds).not.toContain('naming whitewave-staging');
  });

  it('lists a backwards promotion made with --force, and none for a forward one', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const kinds = (text: string) => (JSON.parse(text) as Document).warnings.map((w) => w.kind);
    const forward = await promote(sim, ['whitewave-staging', '--yes', '--json']);
    expect(kinds(forward.stdout)).not.toContain('backwards');
    const back = await promote(sim, [
      'whitewave-staging',
      '--yes',
      '--json',
      '--to',
      'whitewave-dev',
      '--force',
    ]);
    expect(back.code).toBe(0);
    expect(kinds(back.stdout)).toContain('backwards');
  });

  it('refuses to promote backwards without --force', async () => {
    const sim = await simulator({promotionStepMs: 100});
    const refused = await promote(sim, ['whitewave-staging', '--yes', '--to', 'whitewave-dev']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Refusing to promote backwards');
    expect(promotionPosts(sim)).toHaveLength(0);
  });
});
