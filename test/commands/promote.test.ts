import {PassThrough} from 'node:stream';
import {Capture} from './capture.js';
import {afterEach, describe, expect, it} from 'vitest';
import {runPromote, type PromoteInput} from '../../source/commands/promote.js';
import type {PromoteDocument} from '../../source/commands/promote-output.js';
import {ConfigError} from '../../source/shared/errors.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import type {Services} from '../../source/contract/services.js';
import {appOf, loadBoard, promotionPosts, servicesFor} from '../services/promotion-harness.js';
import {waitFor} from '../ui/helpers.js';

let sim: Simulator;

afterEach(async () => {
  await sim.close();
});

// POST /filters/apps only reads; any other POST changes something on Heroku.
const writes = () => sim.requests.filter((r) => r.method === 'POST' && r.path !== '/filters/apps');

async function setUp(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({promotionStepMs: 50, ...options});
  const services = servicesFor(sim);
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  const promote = (input: Partial<PromoteInput>) =>
    runPromote({
      services,
      app: 'whitewave-staging',
      yes: false,
      json: false,
      interactive: false,
      stdout,
      stderr,
      stdin,
      ...input,
    });
  return {services, stdout, stderr, stdin, promote};
}

async function prodSha(services: Services) {
  return appOf(await loadBoard(services, 'whitewave'), 'whitewave-prod').commit?.sha;
}

describe('pipeline-tui promote', () => {
  it('refuses without --yes when there is no terminal, and sends nothing', async () => {
    const {promote, stderr} = await setUp();
    expect(await promote({})).toBe(2);
    expect(stderr.text).toBe(
      'Refusing to promote without a terminal to confirm in: pass --yes to promote without asking.\n',
    );
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('promotes with --yes, prints each result, and exits 0', async () => {
    const {promote, stdout, stderr, services} = await setUp();
    const stagingSha = appOf(await loadBoard(services, 'whitewave'), 'whitewave-staging').commit!
      .sha;
    expect(await promote({yes: true})).toBe(0);
    expect(stdout.text).toMatch(
      /^whitewave-prod: succeeded v\d+ in \d+s\nPromoted whitewave-staging v\d+ to whitewave-prod\.\n$/,
    );
    expect(stderr.text).toContain('Promote whitewave-staging v');
    expect(stderr.text).toContain('warning: whitewave-prod lacks a config var');
    expect(stderr.text).toMatch(/whitewave-prod \| .+/);
    expect(promotionPosts(sim)).toHaveLength(1);
    expect(await prodSha(services)).toBe(stagingSha);
  });

  it("exits 1 when a target fails, with Heroku's message", async () => {
    const {promote, stdout} = await setUp();
    sim.failNextPromotion('whitewave-prod', 'release command failed');
    expect(await promote({yes: true})).toBe(1);
    expect(stdout.text).toMatch(/^whitewave-prod: failed v\d+: release command failed$/m);
  });

  it('prints one JSON document with --json', async () => {
    const {promote, stdout, stderr} = await setUp();
    sim.failNextPromotion('whitewave-prod', 'Could not verify slug checksum');
    expect(await promote({yes: true, json: true})).toBe(1);
    const document = JSON.parse(stdout.text) as PromoteDocument;
    expect(document).toMatchObject({
      pipeline: 'whitewave',
      source: {app: 'whitewave-staging'},
      targets: [{app: 'whitewave-prod', status: 'failed', error: 'Could not verify slug checksum'}],
      succeeded: false,
    });
    expect(document.source.release.id).toBe(sim.promotions()[0]!.releaseId);
    expect(stderr.text).toBe('');
  });

  it('asks for the typed name in a terminal, and a wrong name sends nothing', async () => {
    const {promote, stdin, stderr} = await setUp();
    stdin.write('whitewave-staging\n');
    expect(await promote({interactive: true})).toBe(1);
    expect(stderr.text).toContain('Type whitewave-prod to promote to whitewave-prod: ');
    expect(stderr.text).toContain('Cancelled: nothing was sent.');
    expect(writes()).toHaveLength(0);
  });

  it('promotes once the typed name matches', async () => {
    const {promote, stdin} = await setUp();
    stdin.write('whitewave-prod\n');
    expect(await promote({interactive: true})).toBe(0);
    expect(promotionPosts(sim)).toHaveLength(1);
  });

  it('asks for a two-factor code in a terminal and resends once with it', async () => {
    const {promote, stdin, stderr} = await setUp({twoFactorCode: '123456'});
    const done = promote({yes: true, interactive: true});
    await waitFor(() => stderr.text.includes('Two-factor code: '), 10_000, 'the code prompt');
    stdin.write('123456\n');
    expect(await done).toBe(0);
    expect(promotionPosts(sim).map((r) => r.twoFactorCode)).toEqual([null, '123456']);
  });

  it('gives up on a two-factor request without a terminal', async () => {
    const {promote, stderr, stdout} = await setUp({twoFactorCode: '123456'});
    expect(await promote({yes: true})).toBe(1);
    expect(stderr.text).toContain('there is no terminal to type it in');
    expect(stdout.text).toContain('whitewave-prod: not promoted');
    expect(sim.promotions()).toHaveLength(0);
  });

  it('promotes a chosen release to chosen targets', async () => {
    const {promote, services} = await setUp();
    const staging = appOf(await loadBoard(services, 'whitewave'), 'whitewave-staging');
    const older = (await services.releaseHistory(staging)).find(
      (r) => r.status === 'succeeded' && r.slugId && r.id !== staging.deployedRelease!.id,
    )!;
    expect(await promote({yes: true, to: ['whitewave-prod'], release: `v${older.version}`})).toBe(
      0,
    );
    expect(sim.promotions()[0]).toMatchObject({
      releaseId: older.id,
      targetAppIds: [sim.appId('whitewave-prod')],
    });
  });

  it('rejects an unknown target, a bad version and a production source before sending', async () => {
    const {promote} = await setUp();
    await expect(promote({yes: true, to: ['nope']})).rejects.toThrow(
      'No app named nope is in pipeline whitewave.',
    );
    await expect(promote({yes: true, release: 'latest'})).rejects.toBeInstanceOf(ConfigError);
    await expect(promote({yes: true, app: 'whitewave-prod'})).rejects.toThrow(/production app/);
    expect(writes()).toHaveLength(0);
  });
});
