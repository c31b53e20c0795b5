import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Services} from '../../../source/contract/services.js';
import {createServices} from '../../../source/services/create-services.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import {App} from '../../../source/ui/App.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {depsFor} from '../../services/deps.js';
import {frameOf, renderAt, selectedCardName, unmountAll, waitForFrame} from '../helpers.js';
import {KEYS, when} from './dialog-harness.js';

// The setup keys wired into the picker and the board, against the simulator: what each
// dialog sends, where the cursor lands, and that Esc sends nothing.

let sim: Simulator;
let services: Services;

beforeEach(async () => {
  sim = await startSimulator();
  services = createServices(
    depsFor(sim, {diff: {compare: () => Promise.reject(new Error('not used'))}}),
  );
});

afterEach(async () => {
  unmountAll();
  await sim.close();
});

const writes = () =>
  sim.requests
    .filter((r) => r.method !== 'GET' && r.path !== '/filters/apps')
    .map((r) => `${r.method} ${r.path}`);
const couplingOf = (name: string) => {
  const app = sim.state.apps.find((a) => a.name === name)!;
  return sim.state.couplings.find((c) => c.appId === app.id) ?? null;
};
const pipelineNamed = (name: string) => sim.state.pipelines.find((p) => p.name === name) ?? null;

function open(pipeline?: string) {
  const instance = renderAt(
    <ServicesProvider services={services}>
      <App pipeline={pipeline} refreshSeconds={0} />
    </ServicesProvider>,
    {columns: 120, rows: 40},
  );
  return instance;
}

const board = (frame: string) => frame.includes('PRODUCTION') && frame.includes('STAGING');

// The account comes first among the owners, then its teams in the order Heroku lists them.
async function pickWhitewaveTeam(ui: ReturnType<typeof open>) {
  await waitForFrame(ui, (f) => f.includes('› avery.brooks'));
  for (let i = 0; i < 10 && !frameOf(ui).includes('› whitewave (team)'); i++) {
    ui.stdin.write(KEYS.down);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await when(ui, '› whitewave (team)', KEYS.enter);
}

describe('setup from the picker', () => {
  it('Ctrl-N creates a pipeline owned by a team and opens its empty board', async () => {
    const ui = open();
    await when(ui, 'whitewave', '\u000E');
    await when(ui, 'New pipeline', 'Aurora');
    await waitForFrame(ui, (f) => f.includes('starts with a lowercase letter'));
    await when(ui, 'Aurora', `${KEYS.esc}`);
    await waitForFrame(ui, (f) => f.includes('Pick a pipeline'));
    await when(ui, 'Pick a pipeline', '\u000E');
    await when(ui, 'Name:', 'aurora');
    await waitForFrame(ui, (f) => f.includes('Heroku accepts this name.'));
    await when(ui, 'Heroku accepts this name.', KEYS.enter);
    await pickWhitewaveTeam(ui);
    expect(writes()).toEqual([]);
    await when(ui, 'Press y to create it', 'y');
    const frame = await waitForFrame(ui, (f) => board(f) && f.includes('aurora ·'));
    expect(frame).toContain('no apps');
    expect(pipelineNamed('aurora')?.owner).toMatchObject({type: 'team'});
    expect(writes()).toEqual(['POST /pipelines']);
  });

  it('says Heroku refused a taken name in one sentence', async () => {
    const ui = open();
    await when(ui, 'whitewave', '\u000E');
    await when(ui, 'Name:', 'whitewave\r');
    await pickWhitewaveTeam(ui);
    await when(ui, 'Press y', 'y');
    const frame = await waitForFrame(ui, (f) => f.includes('goes back'));
    expect(frame).toMatch(/name.*(taken|already)/i);
    await when(ui, 'goes back', KEYS.esc);
    await waitForFrame(ui, (f) => f.includes('Pick a pipeline'));
  });
});

describe('setup on the board', () => {
  it('adds an app in no pipeline with the stage its name says, and lands the cursor on it', async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'a');
    await when(ui, 'whitewave-prod-eu', 'prod-eu');
    await when(ui, 'Filter: prod-eu', KEYS.enter);
    await when(ui, '› production  (the name says so)', KEYS.enter);
    await when(ui, 'Type whitewave-prod-eu', 'whitewave-prod-eu\r');
    const frame = await waitForFrame(
      ui,
      (f) => board(f) && selectedCardName(f) === 'whitewave-prod-eu',
    );
    expect(frame).toContain('Added whitewave-prod-eu to production.');
    expect(couplingOf('whitewave-prod-eu')?.stage).toBe('production');
    expect(writes()).toEqual(['POST /pipeline-couplings']);
  });

  it('shows the naming warning before a misnamed app is added anyway', async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'a');
    await when(ui, 'whitewave-canary-prod', 'canary\r');
    await when(ui, '› production', KEYS.up);
    await when(ui, '› staging', KEYS.enter);
    const asked = await waitForFrame(ui, (f) => f.includes('Press y'));
    expect(asked).toContain(
      "whitewave-canary-prod's name says production, but it would be coupled as staging.",
    );
    await when(ui, 'Press y', 'y');
    await waitForFrame(ui, (f) => selectedCardName(f) === 'whitewave-canary-prod');
    expect(couplingOf('whitewave-canary-prod')?.stage).toBe('staging');
  });

  it('moves the app under the cursor and follows it to its new stage', async () => {
    const ui = open('whitewave');
    await waitForFrame(ui, (f) => selectedCardName(f) === 'whitewave-staging');
    await when(ui, 'whitewave-staging', 'm');
    await when(ui, '› staging', KEYS.up);
    await when(ui, '› development', KEYS.enter);
    await when(ui, 'Press y to move it', 'y');
    const frame = await waitForFrame(ui, (f) => f.includes('DEVELOPMENT  2 apps'));
    expect(frame).toContain('Moved whitewave-staging from staging to development.');
    expect(couplingOf('whitewave-staging')?.stage).toBe('development');
    expect(selectedCardName(frameOf(ui))).toBe('whitewave-staging');
  });

  it('removes an app, keeping it, after the production app is typed', async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'l');
    await waitForFrame(ui, (f) => selectedCardName(f) === 'whitewave-prod');
    await when(ui, 'whitewave-prod', 'x');
    const asked = await waitForFrame(ui, (f) => f.includes('Type whitewave-prod to remove it'));
    expect(asked).toContain('the app itself is kept');
    await when(ui, 'Type whitewave-prod', 'whitewave-prod\r');
    await waitForFrame(ui, (f) =>
      f.includes('Removed whitewave-prod from whitewave; the app is kept.'),
    );
    expect(couplingOf('whitewave-prod')).toBeNull();
    expect(sim.state.apps.some((a) => a.name === 'whitewave-prod')).toBe(true);
  });

  it("says Heroku's 403 on a team app in one sentence, and changes nothing", async () => {
    sim.state.apps.find((a) => a.name === 'whitewave-staging-eu')!.readOnly = true;
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'a');
    await when(ui, 'whitewave-staging-eu', 'staging-eu\r');
    await when(ui, '› staging', KEYS.enter);
    await when(ui, 'Press y', 'y');
    const frame = await waitForFrame(ui, (f) => f.includes('goes back'));
    expect(frame).toMatch(/permission|access/i);
    expect(couplingOf('whitewave-staging-eu')).toBeNull();
    await when(ui, 'goes back', KEYS.enter);
    await waitForFrame(ui, (f) => board(f) && !f.includes('goes back'));
  });

  it('says an app coupled elsewhere meanwhile is in another pipeline, and does not move it', async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'a');
    await when(ui, 'whitewave-staging-eu', 'staging-eu\r');
    await when(ui, '› staging', KEYS.enter);
    await waitForFrame(ui, (f) => f.includes('Press y'));
    // Someone else couples it first, from another terminal.
    await services.createPipeline({
      name: 'elsewhere',
      app: {name: 'whitewave-staging-eu', stage: 'staging'},
    });
    await when(ui, 'Press y', 'y');
    const frame = await waitForFrame(ui, (f) => f.includes('goes back'));
    expect(frame).toMatch(/already/i);
    expect(
      sim.state.pipelines.find((p) => p.id === couplingOf('whitewave-staging-eu')?.pipelineId)
        ?.name,
    ).toBe('elsewhere');
  });

  it("says Heroku's 404 when the pipeline went away meanwhile", async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'D');
    await waitForFrame(ui, (f) => f.includes('Type whitewave to destroy it'));
    await services.destroyPipeline({pipeline: 'whitewave'});
    await when(ui, 'Type whitewave', 'whitewave\r');
    const frame = await waitForFrame(ui, (f) => f.includes('goes back'));
    expect(frame).toMatch(/no pipeline|not found|find/i);
  });

  it('renames the pipeline (typed, as it has production apps), then destroys it back to the picker', async () => {
    const ui = open('whitewave');
    await when(ui, 'whitewave-staging', 'R');
    await when(ui, 'New name:', 'whitewave\r');
    await waitForFrame(ui, (f) => f.includes('That is the name it has.'));
    await when(ui, 'That is the name it has.', '\u007F'.repeat(9) + 'seaside\r');
    await when(ui, 'Type whitewave to rename it', 'whitewave\r');
    await waitForFrame(ui, (f) => f.includes('seaside ·'));
    expect(pipelineNamed('seaside')).not.toBeNull();
    await when(ui, 'Renamed whitewave to seaside.', 'D');
    await when(ui, 'Type seaside to destroy it', 'seaside\r');
    await waitForFrame(ui, (f) => f.includes('Destroyed pipeline seaside; its apps are kept.'));
    expect(pipelineNamed('seaside')).toBeNull();
    expect(sim.state.apps.some((a) => a.name === 'whitewave-prod')).toBe(true);
    expect(writes()).toEqual([
      expect.stringMatching(/^PATCH \/pipelines\//),
      expect.stringMatching(/^DELETE \/pipelines\//),
    ]);
  });

  it('sends nothing when any dialog is left with Esc', async () => {
    const ui = open('whitewave');
    const backOnBoard = (f: string) => board(f) && f.includes('a add') && f.includes('? help');
    await waitForFrame(ui, (f) => selectedCardName(f) === 'whitewave-staging');
    for (const [key, shown] of [
      ['a', 'Filter:'],
      ['m', 'To stage:'],
      ['x', 'Press y to remove it'],
      ['R', 'New name:'],
      ['D', 'Type whitewave to destroy it'],
    ] as const) {
      await when(ui, '? help', key);
      await when(ui, shown, KEYS.esc);
      await waitForFrame(ui, backOnBoard);
    }
    // And at the second step of the add and the move.
    await when(ui, '? help', 'a');
    await when(ui, 'whitewave-prod-eu', 'prod-eu\r');
    await when(ui, 'Stage for', KEYS.esc);
    await waitForFrame(ui, backOnBoard);
    await when(ui, '? help', 'm');
    await when(ui, '› staging', `${KEYS.up}\r`);
    await when(ui, 'Press y to move it', KEYS.esc);
    await waitForFrame(ui, backOnBoard);
    expect(writes()).toEqual([]);
  });
});
