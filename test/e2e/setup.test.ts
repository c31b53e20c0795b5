import {describe, expect, it} from 'vitest';
import type {Simulator} from '../../source/simulator/index.js';
import {KEY, type PtySession} from './pty.js';
import {
  boardShown,
  cliEnv,
  launch,
  requireBuiltCli,
  runPiped,
  selectedAppName,
  simulator,
  typeInto as typeWhenDrawn,
} from './harness.js';

requireBuiltCli();

// Setting a pipeline up from the keyboard, as a person would, checked against what the
// simulator holds after each step; Esc at every dialog must send nothing.

const CTRL_N = '\u000E';
const writes = (sim: Simulator) =>
  sim.requests.filter((r) => r.method !== 'GET' && r.path !== '/filters/apps').length;
const stageOf = (sim: Simulator, app: string) =>
  sim.state.couplings.find((c) => c.appId === sim.appId(app))?.stage ?? null;
const pipelineNamed = (sim: Simulator, name: string) =>
  sim.state.pipelines.find((p) => p.name === name) ?? null;

// A field that has just appeared takes keys once its handler is attached, just after its
// first frame: a person's first key comes later than that.
async function typeInto(tui: PtySession, text: string) {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await typeWhenDrawn(tui, text);
}

// Opens a dialog, checks it, presses Esc and waits for what comes back: nothing was sent.
async function escapes(
  sim: Simulator,
  tui: PtySession,
  keys: string[],
  shown: string,
  back: string | RegExp,
) {
  const before = writes(sim);
  tui.press(...keys);
  await tui.waitForText(shown);
  tui.press(KEY.escape);
  await tui.waitForNoText(shown);
  await tui.waitForText(back);
  expect(writes(sim), `Esc at "${shown}"`).toBe(before);
}

async function selected(tui: PtySession, app: string) {
  await tui.waitForScreen(
    (text, lines) => boardShown(text) && selectedAppName(lines)?.replace('⚠', '').trim() === app,
    15_000,
    `${app} selected`,
  );
}

// The account comes first among the owners, then its teams in the order Heroku lists them.
async function pickWhitewaveTeam(tui: PtySession) {
  await tui.waitForText('› avery.brooks@whitewave.io (you)');
  for (let i = 0; i < 10; i++) {
    tui.press(KEY.down);
    const seen = await tui
      .waitForText('› whitewave (team)', 300)
      .then(() => true)
      .catch(() => false);
    if (seen) return;
  }
  await tui.waitForText('› whitewave (team)');
}

describe('pipeline setup in a real terminal', {timeout: 120_000}, () => {
  it('creates, adds by stage, moves, removes, renames and destroys, Esc sending nothing', async () => {
    const sim = await simulator();
    const tui = launch({args: [], sim});
    await tui.waitForText('^N new pipeline', 20_000);

    // Create: the name is checked as it is typed; the owner is a team.
    await escapes(sim, tui, [CTRL_N], 'Name:', 'Pick a pipeline');
    tui.press(CTRL_N);
    await tui.waitForText('Name:');
    await typeInto(tui, 'Aurora');
    await tui.waitForText('A pipeline name starts with a lowercase letter.');
    tui.press(KEY.backspace.repeat(6));
    await typeInto(tui, 'aurora');
    await tui.waitForText('Heroku accepts this name.');
    tui.press(KEY.enter);
    await pickWhitewaveTeam(tui);
    await escapes(sim, tui, [KEY.enter], 'Press y to create it', 'Pick a pipeline');
    tui.press(CTRL_N);
    await tui.waitForText('Name:');
    await typeInto(tui, 'aurora');
    tui.press(KEY.enter);
    await pickWhitewaveTeam(tui);
    tui.press(KEY.enter);
    await tui.waitForText('Press y to create it');
    tui.press('y');
    await tui.waitForScreen((text) => boardShown(text) && text.includes('aurora ·'));
    expect(pipelineNamed(sim, 'aurora')?.owner).toMatchObject({type: 'team'});
    expect(writes(sim)).toBe(1);

    // Add a staging app: its stage is the one its name says.
    await escapes(sim, tui, ['a'], 'Filter:', 'a add');
    tui.press('a');
    await tui.waitForText('whitewave-staging-eu');
    await typeInto(tui, 'staging-eu');
    await escapes(sim, tui, [KEY.enter], '› staging  (the name says so)', 'a add');
    tui.press('a');
    await tui.waitForText('whitewave-staging-eu');
    await typeInto(tui, 'staging-eu');
    tui.press(KEY.enter);
    await tui.waitForText('› staging  (the name says so)');
    await escapes(sim, tui, [KEY.enter], 'Press y to add it', 'a add');
    tui.press('a');
    await tui.waitForText('whitewave-staging-eu');
    await typeInto(tui, 'staging-eu');
    tui.press(KEY.enter);
    await tui.waitForText('› staging  (the name says so)');
    tui.press(KEY.enter);
    await tui.waitForText('Press y to add it');
    tui.press('y');
    await selected(tui, 'whitewave-staging-eu');
    expect(stageOf(sim, 'whitewave-staging-eu')).toBe('staging');

    // A production app: its name typed to confirm.
    tui.press('a');
    await tui.waitForText('whitewave-prod-eu');
    await typeInto(tui, 'prod-eu');
    tui.press(KEY.enter);
    await tui.waitForText('› production  (the name says so)');
    await escapes(sim, tui, [KEY.enter], 'Type whitewave-prod-eu to add it', 'a add');
    expect(writes(sim)).toBe(2);
    tui.press('a');
    await tui.waitForText('whitewave-prod-eu');
    await typeInto(tui, 'prod-eu');
    tui.press(KEY.enter);
    await tui.waitForText('› production  (the name says so)');
    tui.press(KEY.enter);
    await tui.waitForText('Type whitewave-prod-eu to add it');
    await typeInto(tui, 'whitewave-prod-eu');
    tui.press(KEY.enter);
    await selected(tui, 'whitewave-prod-eu');
    expect(stageOf(sim, 'whitewave-prod-eu')).toBe('production');

    // A misnamed app added anyway: the warning first, then on its card.
    tui.press('a');
    await tui.waitForText('whitewave-canary-prod');
    await typeInto(tui, 'canary');
    tui.press(KEY.enter);
    await tui.waitForText('› production  (the name says so)');
    tui.press(KEY.up);
    await tui.waitForText('› staging');
    tui.press(KEY.enter);
    await tui.waitForText(
      "whitewave-canary-prod's name says production, but it would be coupled as staging.",
    );
    tui.press('y');
    await selected(tui, 'whitewave-canary-prod');
    expect(stageOf(sim, 'whitewave-canary-prod')).toBe('staging');

    // status --json of the pipeline made this way.
    const status = await runPiped(['status', 'aurora', '--json'], cliEnv({sim}), '', 30_000);
    expect(status.code).toBe(0);
    const document = JSON.parse(status.stdout) as {
      pipeline: {name: string};
      stages: Array<{name: string; apps: Array<{name: string; namingWarning: string | null}>}>;
    };
    expect(document.pipeline.name).toBe('aurora');
    const apps = document.stages.map((s) => [s.name, s.apps.map((a) => a.name)]);
    expect(apps).toEqual([
      ['review', []],
      ['development', []],
      ['staging', ['whitewave-canary-prod', 'whitewave-staging-eu']],
      ['production', ['whitewave-prod-eu']],
    ]);
    const canary = document.stages[2]!.apps.find((a) => a.name === 'whitewave-canary-prod');
    expect(canary?.namingWarning).toMatch(/production/);
    expect(document.stages[3]!.apps[0]!.namingWarning).toBeNull();

    // Move the canary to development: the cursor follows it.
    tui.press('m');
    await tui.waitForText('To stage:');
    tui.press(KEY.up);
    await tui.waitForText('› staging  (where it is now)');
    tui.press(KEY.up);
    await tui.waitForText('› development');
    await escapes(sim, tui, [KEY.enter], 'Press y to move it', 'a add');
    await escapes(sim, tui, ['m'], 'To stage:', 'a add');
    tui.press('m');
    await tui.waitForText('To stage:');
    tui.press(KEY.up, KEY.up);
    await tui.waitForText('› development');
    tui.press(KEY.enter);
    await tui.waitForText('Press y to move it');
    tui.press('y');
    await tui.waitForText('DEVELOPMENT  1 app');
    await selected(tui, 'whitewave-canary-prod');
    expect(stageOf(sim, 'whitewave-canary-prod')).toBe('development');

    // Remove it: the app is kept, and the dialog says so.
    await escapes(sim, tui, ['x'], 'the app itself is kept', 'a add');
    tui.press('x');
    await tui.waitForText('Press y to remove it');
    tui.press('y');
    await tui.waitForText('Removed whitewave-canary-prod from aurora; the app is kept.');
    expect(stageOf(sim, 'whitewave-canary-prod')).toBeNull();
    expect(sim.state.apps.some((a) => a.name === 'whitewave-canary-prod')).toBe(true);

    // Rename: the pipeline has a production app, so its name is typed.
    await escapes(sim, tui, ['R'], 'New name:', 'a add');
    tui.press('R');
    await tui.waitForText('New name:');
    await typeInto(tui, 'borealis');
    tui.press(KEY.enter);
    await escapes(sim, tui, [], 'Type aurora to rename it', 'a add');
    tui.press('R');
    await tui.waitForText('New name:');
    await typeInto(tui, 'borealis');
    tui.press(KEY.enter);
    await tui.waitForText('Type aurora to rename it');
    await typeInto(tui, 'aurora');
    tui.press(KEY.enter);
    await tui.waitForText('borealis ·');
    expect(pipelineNamed(sim, 'borealis')).not.toBeNull();
    expect(pipelineNamed(sim, 'aurora')).toBeNull();

    // Destroy: the name typed, the apps kept, and the picker again.
    await escapes(sim, tui, ['D'], 'Type borealis to destroy it', 'a add');
    tui.press('D');
    await tui.waitForText('Type borealis to destroy it');
    await typeInto(tui, 'borealis');
    tui.press(KEY.enter);
    await tui.waitForText('Destroyed pipeline borealis; its apps are kept.');
    expect(pipelineNamed(sim, 'borealis')).toBeNull();
    expect(sim.state.apps.some((a) => a.name === 'whitewave-prod-eu')).toBe(true);
    expect(
      sim.requests
        .filter((r) => r.method !== 'GET' && r.path !== '/filters/apps')
        .map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, 'ID')}`),
    ).toEqual([
      'POST /pipelines',
      'POST /pipeline-couplings',
      'POST /pipeline-couplings',
      'POST /pipeline-couplings',
      'PATCH /pipeline-couplings/ID',
      'DELETE /pipeline-couplings/ID',
      'PATCH /pipelines/ID',
      'DELETE /pipelines/ID',
    ]);
    await tui.kill();
  });
});
