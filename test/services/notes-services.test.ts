import {readFileSync, rmSync} from 'node:fs';
import {Writable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runNotes} from '../../source/commands/notes.js';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {decodeOsc52} from '../../source/terminal/osc52.js';
import type {Services} from '../../source/contract/services.js';

function terminal(isTTY: boolean) {
  let written = '';
  return {isTTY, write: (text: string) => (written += text), written: () => written};
}

async function printed(services: Services, app: string, to?: string[]): Promise<string> {
  let text = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  await runNotes({services, app, to, stdout});
  return text;
}

describe('release notes and the bell through the services', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  async function open(output = terminal(true), noNotify = false, env: NodeJS.ProcessEnv = {}) {
    const services = createRuntime({env, simulator: sim, output, noNotify}).services(sim.token);
    const {pipeline, appId} = await services.pipelineOfApp('whitewave-staging');
    const {board} = await services.loadBoard(pipeline.id, 'initial');
    const source = board.columns.flatMap((c) => c.apps).find((a) => a.id === appId)!;
    const prod = board.columns.flatMap((c) => c.apps).find((a) => a.name === 'whitewave-prod')!;
    return {services, board, source, prod, pipelineId: pipeline.id, output};
  }

  it('copies to the terminal through OSC 52 the very text `notes` prints for the pair', async () => {
    const {services, board, source, prod, output} = await open();
    const markdown = await services.releaseNotes({board, source, targetAppIds: [prod.id]});
    expect(markdown).toBe(await printed(services, 'whitewave-staging', ['whitewave-prod']));
    expect(markdown).toContain('3 commits ship');
    expect(services.copyNotes(markdown, source.name)).toEqual({kind: 'clipboard'});
    expect(decodeOsc52(output.written())).toBe(markdown);
  });

  it('notes for a source the next stage already runs say nothing new ships, with no --to', async () => {
    const {services, board, source} = await open();
    const plan = await services.promotionPlan({board, source});
    await services.startPromotion(plan).settled;
    const after = (await services.loadBoard(board.pipeline.id, 'manual')).board;
    const now = after.columns.flatMap((c) => c.apps).find((a) => a.id === source.id)!;
    const markdown = await services.releaseNotes({board: after, source: now});
    expect(markdown).toContain('To **whitewave-prod**');
    expect(markdown).toContain('Nothing new ships');
    expect(await printed(services, 'whitewave-staging')).toBe(markdown);
  });

  it('writes a file, private to the person, where the output is no terminal', async () => {
    const {services, board, source, prod, output} = await open(terminal(false));
    const markdown = await services.releaseNotes({board, source, targetAppIds: [prod.id]});
    const outcome = services.copyNotes(markdown, source.name);
    expect(outcome.kind).toBe('file');
    if (outcome.kind !== 'file') return;
    try {
      expect(readFileSync(outcome.path, 'utf8')).toBe(markdown);
      expect(output.written()).toBe('');
    } finally {
      rmSync(outcome.path, {force: true});
    }
  });

  it('rings once for a new staging release, and never with --no-notify', async () => {
    for (const noNotify of [false, true]) {
      const {services, board, pipelineId, output} = await open(terminal(true), noNotify);
      services.boardSeen(board);
      expect(output.written()).toBe('');
      sim.deploy('whitewave-staging', {message: `Ship the invoice page ${noNotify}`});
      const next = (await services.loadBoard(pipelineId, 'auto')).board;
      services.boardSeen(next);
      services.boardSeen(next);
      expect(output.written()).toBe(noNotify ? '' : '\u0007');
    }
  });

  it('rings once for a production dyno crash, with OSC 777 on a VTE terminal', async () => {
    const {services, board, pipelineId, output} = await open(terminal(true), false, {
      VTE_VERSION: '7600',
    });
    services.boardSeen(board);
    sim.setDynoState('whitewave-prod', 'web.1', 'crashed');
    const next = (await services.loadBoard(pipelineId, 'manual')).board;
    services.boardSeen(next);
    services.boardSeen(next);
    expect(output.written()).toMatch(
      // eslint-disable-next-line no-control-regex
      /^\u0007\u001b\]777;notify;whitewave-prod: a web dyno crashed;/,
    );
    expect(output.written().split('\u0007').length - 1).toBe(2);
  });

  it('rings once when a promotion settles, unless PIPELINE_TUI_NOTIFY leaves promotions out', async () => {
    for (const setting of [undefined, 'crash']) {
      const {services, board, source, output} = await open(terminal(true), false, {
        PIPELINE_TUI_NOTIFY: setting,
        TERM_PROGRAM: 'iTerm.app',
      });
      const plan = await services.promotionPlan({board, source});
      const settled = await services.startPromotion(plan).settled;
      services.promotionSeen(settled);
      services.promotionSeen(settled);
      expect(output.written()).toBe(
        setting
          ? ''
          : '\u0007\u001b]9;Promoted to whitewave-prod: whitewave-staging v43 is live.\u0007',
      );
    }
  });
});
