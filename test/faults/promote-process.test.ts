import {spawn} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import type {PromoteDocument} from '../../source/commands/promote-output.js';
import {CLI, ROOT} from '../e2e/build.js';
import {cliEnv, requireBuiltCli, runPiped, simulator} from '../e2e/harness.js';
import {promotionPosts} from '../e2e/sim-state.js';
import {waitFor} from '../ui/helpers.js';
import {startFaultProxy, type FaultProxy} from './fault-proxy.js';

requireBuiltCli();

const PROMOTIONS = /^\/pipeline-promotions$/;

const proxies: FaultProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

// The built program, with Heroku behind a fault-injecting proxy.
async function behindProxy(promotionStepMs: number) {
  const sim = await simulator({promotionStepMs});
  const proxy = await startFaultProxy(sim.url);
  proxies.push(proxy);
  const env = cliEnv({sim, extra: {HEROKU_HOST: proxy.url}});
  return {sim, proxy, env};
}

const posts = (proxy: FaultProxy) =>
  proxy.seen.filter((r) => r.method === 'POST' && PROMOTIONS.test(r.path));

describe('promote --yes through a fault-injecting proxy', {timeout: 90_000}, () => {
  it('a POST whose answer is lost after Heroku acted is found again: true result, one POST', async () => {
    const {sim, proxy, env} = await behindProxy(100);
    proxy.add({method: 'POST', path: PROMOTIONS, action: 'reset-after', times: 1});

    const result = await runPiped(
      ['promote', 'whitewave-staging', '--yes', '--json'],
      env,
      '',
      60_000,
    );
    expect(posts(proxy)).toHaveLength(1);
    expect(promotionPosts(sim)).toHaveLength(1);
    const document = JSON.parse(result.stdout) as PromoteDocument;
    expect(document.targets.map((t) => [t.app, t.status])).toEqual([
      ['whitewave-prod', 'succeeded'],
    ]);
    expect(document.succeeded).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('not promoted');
  });

  it('SIGINT after the POST prints a parseable JSON document with the id, exit 130', async () => {
    const {sim, proxy, env} = await behindProxy(3000);
    const child = spawn(
      process.execPath,
      [CLI, 'promote', 'whitewave-staging', '--yes', '--json'],
      {
        cwd: ROOT,
        env,
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await waitFor(() => sim.promotions().length === 1, 30_000, 'the promotion POST');
    // Hold the polls: the signal comes while the command is waiting on Heroku.
    proxy.add({path: /promotion-targets$/, action: 'hang'});
    await waitFor(() => proxy.seen.some((r) => /promotion-targets$/.test(r.path)), 10_000);
    child.kill('SIGINT');

    expect(await exited).toBe(130);
    const document = JSON.parse(stdout) as PromoteDocument;
    const id = sim.promotions()[0]!.id;
    expect(document.promotion.id).toBe(id);
    expect(document.follow).toBe(`pipeline-tui promote --follow ${id}`);
    expect(document.interrupted).toMatch(/cannot be cancelled/);
    expect(posts(proxy)).toHaveLength(1);
  });
});
