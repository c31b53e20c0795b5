import {Capture} from './capture.js';
import {afterEach, describe, expect, it} from 'vitest';
import {runPromote} from '../../source/commands/promote.js';
import {DEFAULT_VERIFY_MINUTES, verifyWindow} from '../../source/commands/promote-verify.js';
import {ConfigError} from '../../source/shared/errors.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {servicesFor} from '../services/promotion-harness.js';

let sim: Simulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function promoteVerified(options: Parameters<typeof startSimulator>[0], json: boolean) {
  sim = await startSimulator({promotionStepMs: 30, ...options});
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runPromote({
    services: servicesFor(sim),
    app: 'whitewave-staging',
    yes: true,
    json,
    interactive: false,
    stdout,
    stderr,
    verify: {minutes: 3 / 60},
  });
  return {code, stdout: stdout.text, stderr: stderr.text};
}

describe('promote --verify', {timeout: 30_000}, () => {
  it('exits 1 with the figures in --json when production fails after the promotion', async () => {
    const run = await promoteVerified(
      {logs: {scenario: 'failing-promotion', requestsPerSecond: 100}},
      true,
    );
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout) as {
      succeeded: boolean;
      verification: {verdict: string; targets: Array<{app: string; after: {requests: number}}>};
    };
    expect(document.succeeded).toBe(true);
    expect(document.verification.verdict).toBe('failing');
    expect(document.verification.targets[0]?.app).toBe('whitewave-prod');
    expect(document.verification.targets[0]?.after.requests).toBeGreaterThan(0);
  });

  it('prints the figures and a healthy verdict, and exits 0', async () => {
    const run = await promoteVerified({logs: {requestsPerSecond: 100}}, false);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Promoted whitewave-staging');
    expect(run.stdout).toContain('Verification over 3 s: HEALTHY');
    expect(run.stdout).toMatch(/whitewave-prod: healthy \(no rule tripped\)/);
    expect(run.stdout).toMatch(/requests\/min +\d+ +-> \d+/);
    expect(run.stdout).toMatch(/rollout +web \d\/\d on v\d+/);
    expect(run.stderr).toContain('Verifying for 3 s');
  });
});

describe('verifyWindow', () => {
  it('is off without --verify, and takes MINUTES from the positional after the app', () => {
    expect(verifyWindow(undefined, ['3'])).toEqual({window: null, rest: ['3']});
    expect(verifyWindow(true, [])).toEqual({window: {minutes: DEFAULT_VERIFY_MINUTES}, rest: []});
    expect(verifyWindow(true, ['1'])).toEqual({window: {minutes: 1}, rest: []});
    expect(verifyWindow(true, ['extra'])).toEqual({window: {minutes: 5}, rest: ['extra']});
  });

  it('refuses a window out of range in one sentence', () => {
    expect(() => verifyWindow(true, ['0'])).toThrow(ConfigError);
    expect(() => verifyWindow(true, ['61'])).toThrow(
      '--verify takes a number of minutes from 1 to 60, not 61.',
    );
  });

  it('takes PIPELINE_TUI_VERIFY_SECONDS for a short window', () => {
    expect(verifyWindow(true, ['1'], {PIPELINE_TUI_VERIFY_SECONDS: '30'}).window).toEqual({
      minutes: 0.5,
    });
    expect(() => verifyWindow(true, [], {PIPELINE_TUI_VERIFY_SECONDS: 'soon'})).toThrow(
      'PIPELINE_TUI_VERIFY_SECONDS takes a whole number of seconds, not "soon".',
    );
  });
});
