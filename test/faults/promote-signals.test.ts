import {EventEmitter} from 'node:events';
import {Capture} from '../commands/capture.js';
import {describe, expect, it} from 'vitest';
import {runPromote, type PromoteInput} from '../../source/commands/promote.js';
import type {PromoteDocument} from '../../source/commands/promote-output.js';
import {requestsTo, servicesFor, simulator} from './fault-services.js';
import {waitFor} from '../ui/helpers.js';

const PROMOTIONS = /^\/pipeline-promotions$/;

// `promote --yes` with signals and the exit handed in: what a person or a script is told.
async function setUp(promotionStepMs = 400) {
  const sim = await simulator({promotionStepMs});
  const harness = servicesFor(sim);
  const signals = new EventEmitter();
  const stdout = new Capture();
  const stderr = new Capture();
  const exits: number[] = [];
  const input = (more: Partial<PromoteInput> = {}): PromoteInput => ({
    services: harness.services,
    app: 'whitewave-staging',
    yes: true,
    json: false,
    interactive: false,
    stdout,
    stderr,
    signals,
    exit: (code) => exits.push(code),
    ...more,
  });
  return {sim, harness, signals, stdout, stderr, exits, input};
}

describe('a signal while `promote --yes` follows a promotion', () => {
  it('SIGINT with --json prints a parseable document with the id and how to follow it, exit 130', async () => {
    const t = await setUp();
    void runPromote(t.input({json: true}));
    await waitFor(() => t.sim.promotions().length === 1, 5000);
    await waitFor(
      () => t.harness.services.runningPromotion()?.progress().promotionId != null,
      5000,
    );
    t.signals.emit('SIGINT', 'SIGINT');
    await waitFor(() => t.exits.length === 1, 5000);

    expect(t.exits).toEqual([130]);
    const document = JSON.parse(t.stdout.text) as PromoteDocument;
    const id = t.sim.promotions()[0]!.id;
    expect(document.promotion.id).toBe(id);
    expect(document.targets[0]).toMatchObject({app: 'whitewave-prod', status: 'pending'});
    expect(document.follow).toBe(`pipeline-tui promote --follow ${id}`);
    expect(document.interrupted).toMatch(/cannot be cancelled, and this one goes on at Heroku/);
    expect(requestsTo(t.sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });

  it('SIGTERM prints the id, the targets and the command, exit 143; a second signal exits at once', async () => {
    const t = await setUp();
    void runPromote(t.input());
    await waitFor(
      () => t.harness.services.runningPromotion()?.progress().promotionId != null,
      5000,
    );
    t.signals.emit('SIGTERM', 'SIGTERM');
    t.signals.emit('SIGINT', 'SIGINT');
    await waitFor(() => t.exits.length === 2, 5000);

    // The second signal did not wait for the first one's output to be written.
    expect([...t.exits].sort()).toEqual([130, 143]);
    const id = t.sim.promotions()[0]!.id;
    expect(t.stdout.text).toContain(`Promotion ${id}\n`);
    expect(t.stdout.text).toMatch(/^whitewave-prod: pending after \d+s$/m);
    expect(t.stdout.text).toContain(`follow it with \`pipeline-tui promote --follow ${id}\`.`);
  });

  it('while the POST is on its way says it may have been created and how to check', async () => {
    const t = await setUp();
    t.sim.faults.add({kind: 'slow', delayMs: 400, method: 'POST', path: PROMOTIONS});
    void runPromote(t.input({json: true}));
    await waitFor(() => requestsTo(t.sim, 'POST', PROMOTIONS).length === 1, 5000);
    t.signals.emit('SIGINT', 'SIGINT');
    await waitFor(() => t.exits.length === 1, 5000);

    const document = JSON.parse(t.stdout.text) as PromoteDocument;
    expect(document.promotion.id).toBeNull();
    expect(document.interrupted).toBe(
      'Interrupted while the promotion was being sent: it may have been created; check with `pipeline-tui status whitewave` before promoting again.',
    );
  });
});

describe('promote --follow ID', () => {
  it('follows a promotion made earlier to its end, without sending one', async () => {
    const t = await setUp(50);
    expect(await runPromote(t.input())).toBe(0);
    const id = t.sim.promotions()[0]!.id;
    t.stdout.text = '';

    expect(await runPromote(t.input({follow: id, json: true}))).toBe(0);
    const document = JSON.parse(t.stdout.text) as PromoteDocument;
    expect(document).toMatchObject({
      promotion: {id},
      pipeline: 'whitewave',
      source: {app: 'whitewave-staging'},
      succeeded: true,
      follow: null,
    });
    expect(document.targets.map((x) => [x.app, x.status])).toEqual([
      ['whitewave-prod', 'succeeded'],
    ]);
    expect(requestsTo(t.sim, 'POST', PROMOTIONS)).toHaveLength(1);
  });

  it('refuses what is not an id in one sentence', async () => {
    const t = await setUp(50);
    await expect(runPromote(t.input({follow: 'yesterday'}))).rejects.toThrow(
      '--follow takes a promotion id (a UUID), not "yesterday".',
    );
  });
});
