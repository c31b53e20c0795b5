import {PassThrough} from 'node:stream';
import {Capture} from './capture.js';
import {afterEach, describe, expect, it} from 'vitest';
import {runPromote, type PromoteInput} from '../../source/commands/promote.js';
import type {PromoteDocument} from '../../source/commands/promote-output.js';
import {couple} from '../../source/simulator/builder.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {findApp, findPipeline, runningCommit} from '../../source/simulator/state.js';
import {promotionPosts, servicesFor} from '../services/promotion-harness.js';

let sim: Simulator;
afterEach(async () => sim.close());

async function setUp(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({promotionStepMs: 40, ...options});
  const services = servicesFor(sim);
  const promote = async (input: Partial<PromoteInput>) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runPromote({
      services,
      app: 'whitewave-staging',
      yes: true,
      json: false,
      interactive: false,
      stdout,
      stderr,
      stdin: new PassThrough(),
      ...input,
    });
    return {code, stdout: stdout.text, stderr: stderr.text};
  };
  return promote;
}

const commitOf = (name: string) => runningCommit(sim.state, findApp(sim.state, name)!);
const json = (text: string) => JSON.parse(text) as PromoteDocument;

describe('promote: targets that already run the code', () => {
  it('sends nothing the second time, exits 0 and says so; --include-current forces it', async () => {
    const promote = await setUp();
    expect((await promote({})).code).toBe(0);
    const again = await promote({json: true});
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      'Nothing to promote: whitewave-prod already runs this build (the same slug). Nothing was sent; --include-current promotes anyway.\n',
    );
    expect(json(again.stdout)).toMatchObject({
      promotion: {id: null},
      targets: [],
      succeeded: true,
      skipped: [{app: 'whitewave-prod'}],
    });
    expect(promotionPosts(sim)).toHaveLength(1);
    expect((await promote({includeCurrent: true})).code).toBe(0);
    expect(promotionPosts(sim)).toHaveLength(2);
  });
});

describe('promote in waves', () => {
  it('never sends the US wave when the EU wave fails, and exits 1', async () => {
    const promote = await setUp({secondProduction: true});
    sim.failNextPromotion('whitewave-prod-eu', 'release command failed');
    const before = commitOf('whitewave-prod');
    const result = await promote({waves: ['eu', 'prod'], json: true});
    expect(result.code).toBe(1);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(sim.promotions()[0]!.targetAppIds).toEqual([sim.appId('whitewave-prod-eu')]);
    expect(commitOf('whitewave-prod')).toBe(before);
    const document = json(result.stdout);
    expect(document.targets.map((t) => [t.app, t.status, t.wave])).toEqual([
      ['whitewave-prod-eu', 'failed', 1],
      ['whitewave-prod', 'not_created', 2],
    ]);
    expect(document.message).toBeNull();
  });

  it('keeps the EU release when only the US wave fails, one POST per wave', async () => {
    const promote = await setUp({secondProduction: true});
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    const result = await promote({waves: ['eu', 'prod']});
    expect(result.code).toBe(1);
    expect(promotionPosts(sim)).toHaveLength(2);
    expect(commitOf('whitewave-prod-eu')).toBe(commitOf('whitewave-staging'));
    expect(result.stdout).toMatch(/^whitewave-prod-eu: succeeded v\d+/m);
    expect(result.stdout).toMatch(/^whitewave-prod: failed v\d+: release command failed$/m);
    expect(result.stderr).toMatch(/Wave 1 of 2 \(whitewave-prod-eu\): promotion .+ created/);
    expect(result.stderr).toMatch(/Wave 2 of 2 \(whitewave-prod\): promotion .+ created/);
  });

  it('promotes one target a wave with --sequential, and refuses waves that leave one out', async () => {
    const promote = await setUp({secondProduction: true});
    await expect(promote({waves: ['eu']})).rejects.toThrow(
      'whitewave-prod is in none of the waves eu: every target needs one.',
    );
    expect((await promote({sequential: true})).code).toBe(0);
    expect(sim.promotions().map((p) => p.targetAppIds.length)).toEqual([1, 1]);
  });
});

describe('promote with a two-factor code', () => {
  it('sends the code with the first and only request', async () => {
    const promote = await setUp({twoFactorCode: '123456'});
    expect((await promote({twoFactorCode: '123456'})).code).toBe(0);
    expect(promotionPosts(sim).map((r) => r.twoFactorCode)).toEqual(['123456']);
  });

  it('says a wrong code was refused and nothing was created, exit 1', async () => {
    const promote = await setUp({twoFactorCode: '123456'});
    const result = await promote({twoFactorCode: '000000', json: true});
    expect(result.code).toBe(1);
    expect(json(result.stdout)).toMatchObject({
      message: 'Heroku did not accept the two-factor code: no promotion was created.',
      targets: [{app: 'whitewave-prod', status: 'not_created'}],
    });
    expect(sim.promotions()).toHaveLength(0);
  });

  it('says how to pass a code when none was given and no one can type one', async () => {
    const promote = await setUp({twoFactorCode: '123456'});
    const result = await promote({});
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Heroku asks for a two-factor code: pass --two-factor-code CODE (or set PIPELINE_TUI_TWO_FACTOR_CODE); no promotion was created.',
    );
    expect(result.stdout).not.toContain('Cancelled');
  });
});

describe('promote: warnings and refusals', () => {
  const kinds = (text: string) => (json(text).warnings ?? []).map((w) => `${w.kind} ${w.app}`);

  it('warns of crashed dynos and migrations when the demo has them, and not after', async () => {
    const promote = await setUp();
    const first = await promote({json: true});
    expect(kinds(first.stdout)).toEqual(
      expect.arrayContaining(['crashed whitewave-prod', 'migrations whitewave-prod']),
    );
    expect(json(first.stdout).warnings!.find((w) => w.kind === 'migrations')!.message).toMatch(
      /a rollback does not undo them/,
    );
    sim.setDynoState('whitewave-prod', 'worker.1', 'up');
    sim.deploy('whitewave-staging', {message: 'Tidy the order model'});
    const second = await promote({json: true});
    expect(kinds(second.stdout)).not.toContain('crashed whitewave-prod');
    expect(kinds(second.stdout)).not.toContain('migrations whitewave-prod');
  });

  it('warns of a target whose name says another stage, only for that target', async () => {
    const promote = await setUp({promotionStepMs: 20});
    couple(
      sim.state,
      findPipeline(sim.state, 'whitewave')!,
      findApp(sim.state, 'whitewave-canary-prod')!,
      'staging',
    );
    const result = await promote({app: 'whitewave-dev', json: true});
    expect(kinds(result.stdout)).toContain('naming whitewave-canary-prod');
    expect(kinds(result.stdout)).not.toContain('naming whitewave-staging');
  });

  it('refuses to promote backwards without --force, and goes on with it', async () => {
    const promote = await setUp();
    const refused = await promote({to: ['whitewave-dev']});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Refusing to promote backwards from whitewave-staging (staging) to whitewave-dev (development): pass --force if that is meant.',
    );
    expect(promotionPosts(sim)).toHaveLength(0);
    expect((await promote({to: ['whitewave-dev'], force: true})).code).toBe(0);
  });

  it('refuses a container target once, naming container:push, exit 1', async () => {
    const promote = await setUp();
    findApp(sim.state, 'whitewave-prod')!.stack = 'container';
    const result = await promote({});
    expect(result.code).toBe(1);
    expect(result.stderr.match(/container stack/g)).toHaveLength(1);
    expect(result.stderr).toContain('heroku container:push');
    expect(promotionPosts(sim)).toHaveLength(0);
  });

  it('refuses a release that has not succeeded with exit 1, said once', async () => {
    const promote = await setUp();
    const failed = findApp(sim.state, 'whitewave-staging')!.releases.find(
      (r) => r.status === 'failed',
    )!;
    const result = await promote({release: `v${failed.version}`});
    expect(result.code).toBe(1);
    expect(result.stderr.match(/has not succeeded/g)).toHaveLength(1);
  });
});

describe('promote in waves, at a terminal', () => {
  it('names the waves in the question, and sends nothing on a wrong answer', async () => {
    sim = await startSimulator({promotionStepMs: 40, secondProduction: true});
    const stdin = new PassThrough();
    const stderr = new Capture();
    stdin.write('whitewave-prod\n');
    const code = await runPromote({
      services: servicesFor(sim),
      app: 'whitewave-staging',
      yes: false,
      json: false,
      interactive: true,
      stdout: new Capture(),
      stderr,
      stdin,
      waves: ['eu', 'prod'],
    });
    expect(code).toBe(1);
    expect(stderr.text).toContain(
      'Type whitewave to promote to wave 1 whitewave-prod-eu; then wave 2 whitewave-prod: ',
    );
    expect(promotionPosts(sim)).toHaveLength(0);
  });
});
