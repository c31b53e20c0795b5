import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {boardDriftPairs, driftPairsFrom} from '../../../source/board/drift-pairs.js';
import {driftSummary} from '../../../source/board/drift.js';
import type {Board} from '../../../source/board/types.js';
import {driftForBoard} from '../../../source/commands/status-drift.js';
import {HerokuClient} from '../../../source/heroku/client.js';
import {createServices} from '../../../source/services/create-services.js';
import {startSimulator, type Simulator} from '../../../source/simulator/index.js';
import {DriftView} from '../../../source/ui/drift/DriftView.js';
import {createRuntime} from '../../../source/services/runtime.js';
import {App} from '../../../source/ui/App.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import type {Services} from '../../../source/contract/services.js';
import {depsFor} from '../../services/deps.js';
import {KEYS, pressUntil, renderAt, unmountAll} from '../helpers.js';
import {frame, waitForFrame, type Rendered} from './frames.js';

// Config var values are secrets: no frame, JSON document, log line or cache may hold one.
// The demo's values, plus canaries with values found nowhere else, are searched for in
// everything the drift feature produces.

let sim: Simulator;
let client: HerokuClient;
let services: Services;
const mounted: Rendered[] = [];
const output: string[] = [];

// Values so ordinary that other data holds the same text for other reasons (a stage name;
// whitewave.io, prod's APP_HOST, is also the domain of every email address of the demo).
const ORDINARY = new Set(['production', 'enabled', 'true', 'false', 'en_US.UTF-8', 'whitewave.io']);

function secretsOf(simulator: Simulator): string[] {
  const values = simulator.state.apps.flatMap((app) => Object.values(app.configVars));
  return [...new Set(values)].filter((v) => v.length >= 6 && !ORDINARY.has(v));
}

// A value cut short by a narrow column is still a leak: look for a middle slice too.
function leaks(haystack: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => {
    if (haystack.includes(secret)) return true;
    if (secret.length < 16) return false;
    const middle = Math.floor(secret.length / 2) - 5;
    return haystack.includes(secret.slice(middle, middle + 10));
  });
}

// Canary values share no word with app names or ids, so a slice found anywhere is a leak,
// not a coincidence (a slice like "-staging-0" would match an app name followed by an id).
beforeEach(async () => {
  sim = await startSimulator();
  sim.setConfigVar('whitewave-staging', 'CANARY_SAME', 'canary-Sm7f3a9c2e51Jj');
  sim.setConfigVar('whitewave-prod', 'CANARY_SAME', 'canary-Sm7f3a9c2e51Jj');
  sim.setConfigVar('whitewave-staging', 'CANARY_DIFF', 'canary-Kx0b4d18e6Wq7');
  sim.setConfigVar('whitewave-prod', 'CANARY_DIFF', 'canary-Qc29e7a51f0Vv');
  sim.setConfigVar('whitewave-staging', 'CANARY_ONLY_STAGING', 'canary-Zr5e1fOnlyStg9');
  sim.setConfigVar('whitewave-prod', 'CANARY_ONLY_PROD', 'canary-Pd7a3b9OnlyPrd');
  sim.setConfigVar('whitewave-dev', 'CANARY_DEV', 'canary-Dv2c8f04abXy');
  client = new HerokuClient({apiUrl: sim.url, token: sim.token});
  services = createServices(
    depsFor(sim, {client, diff: {compare: () => Promise.reject(new Error('not used'))}}),
  );
  output.length = 0;
  const capture = (chunk: unknown, ...rest: unknown[]): boolean => {
    output.push(String(chunk));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output.push(args.map(String).join(' '));
    });
  }
});

afterEach(async () => {
  for (const instance of mounted.splice(0)) instance.unmount();
  unmountAll();
  vi.restoreAllMocks();
  await sim.close();
});

async function whitewaveBoard(): Promise<Board> {
  const [pipeline] = await services.findPipelines('whitewave');
  return (await services.loadBoard(pipeline!.id, 'initial')).board;
}

// Renders every pair the drift view can show from this board, stepping with →, and
// returns every frame Ink wrote.
async function everyDriftFrame(board: Board, width: number, height: number): Promise<string[]> {
  const frames: string[] = [];
  const upstream = board.columns.flatMap((c) => c.apps).filter((a) => a.stage !== 'production');
  for (const app of upstream) {
    const {pairs} = driftPairsFrom(board, app.id);
    const instance = render(
      <ServicesProvider services={services}>
        <DriftView pairs={pairs} width={width} height={height} isActive onBack={() => undefined} />
      </ServicesProvider>,
    );
    mounted.push(instance);
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      await waitForFrame(
        instance,
        (t) =>
          t.startsWith(`${pair.from.name} ⇄ ${pair.to.name}\n`) && !t.includes('Reading config'),
        10_000,
      );
      expect(frame(instance)).not.toContain('unavailable');
      instance.stdin.write('G');
      await waitForFrame(instance, (t) => t.includes('Buildpacks'));
      instance.stdin.write('\u001b[C');
    }
    frames.push(...instance.frames);
  }
  return frames;
}

describe('no config var value leaves the drift feature', () => {
  it('appears in no frame, JSON document, output or client cache', async () => {
    const secrets = secretsOf(sim);
    expect(secrets).toEqual(
      expect.arrayContaining(['canary-Sm7f3a9c2e51Jj', 'canary-Dv2c8f04abXy']),
    );
    expect(secrets.length).toBeGreaterThan(15);
    // The search itself finds a value, whole or cut short.
    expect(leaks(`x ${secrets[0]} y`, secrets)).toEqual([secrets[0]]);
    expect(leaks(`…${'canary-Zr5e1fOnlyStg9'.slice(4, 20)}…`, secrets)).toContain(
      'canary-Zr5e1fOnlyStg9',
    );

    const board = await whitewaveBoard();
    const wide = await everyDriftFrame(board, 140, 80);
    const narrow = await everyDriftFrame(board, 50, 14);
    const frames = [...wide, ...narrow].join('\n');
    // The names are there, the values are not.
    expect(stripAnsi(frames)).toContain('CANARY_ONLY_STAGING');
    expect(stripAnsi(frames)).toContain('CANARY_DIFF');
    expect(leaks(frames, secrets)).toEqual([]);
    expect(leaks(stripAnsi(frames), secrets)).toEqual([]);

    const documents = await driftForBoard(services, board);
    expect(documents.map((d) => `${d.from}>${d.to}`)).toEqual(
      boardDriftPairs(board).map((p) => `${p.from.name}>${p.to.name}`),
    );
    const json = JSON.stringify(documents, null, 2);
    expect(json).toContain('CANARY_DIFF');
    expect(leaks(json, secrets)).toEqual([]);

    const staging = board.columns.find((c) => c.stage === 'staging')!.apps[0]!;
    const prod = board.columns.find((c) => c.stage === 'production')!.apps[0]!;
    const missing = await services.missingConfigVars(staging, [prod]);
    expect(missing[prod.id]).toContain('CANARY_ONLY_STAGING');
    const drift = await services.drift(staging, prod);
    expect(leaks(JSON.stringify([missing, drift, driftSummary(drift)]), secrets)).toEqual([]);

    expect(leaks(output.join('\n'), secrets)).toEqual([]);

    // What the client keeps between requests (its ETag cache) holds no value either.
    const cache = (client as unknown as {transport?: {cache?: {entries?: Map<string, unknown>}}})
      .transport?.cache?.entries;
    expect(cache, 'the client ETag cache moved: update this test').toBeInstanceOf(Map);
    expect(cache!.size).toBeGreaterThan(0);
    expect(leaks(JSON.stringify([...cache!.values()]), secrets)).toEqual([]);
  });

  it('appears nowhere on the board or in any view opened from it, wired as in --demo', async () => {
    const secrets = secretsOf(sim);
    const demo = createRuntime({env: {}, simulator: sim}).services(sim.token);
    const instance = renderAt(
      <ServicesProvider services={demo}>
        <App pipeline="whitewave" refreshSeconds={0} />
      </ServicesProvider>,
      {columns: 120, rows: 40},
    );
    const atBoard = (f: string) => f.includes('PRODUCTION') && f.includes('c drift');
    await waitForFrame(instance, (f) => atBoard(f) && f.includes('3 ahead'), 10_000);
    // From staging (the cursor starts there) and from development: every view, then back.
    const walk = async (app: string, next: string) => {
      const opened: Array<[string, (f: string) => boolean]> = [
        ['c', (f) => f.includes(`${app} ⇄ ${next}`) && f.includes('Settings')],
        [KEYS.enter, (f) => f.includes(`${app} (v`) && f.includes('Esc back')],
        ['p', (f) => f.includes(`Promote ${app}`) && f.includes('Cancel')],
        ['v', (f) => f.includes(app) && !atBoard(f) && /v\d+/.test(f)],
        ['?', (f) => f.includes('Esc, q or ? closes')],
      ];
      for (const [key, isOpen] of opened) {
        await pressUntil(instance, key, isOpen);
        await pressUntil(instance, KEYS.escape, atBoard);
      }
    };
    await walk('whitewave-staging', 'whitewave-prod');
    await pressUntil(instance, 'h', (f) => f.includes('┃whitewave-dev'));
    await walk('whitewave-dev', 'whitewave-staging');
    const frames = instance.frames.join('\n');
    for (const seen of [
      'whitewave-staging ⇄ whitewave-prod',
      'whitewave-dev ⇄ whitewave-staging',
      'Promote whitewave-staging',
      'Promote whitewave-dev',
      'lacks a config var',
    ]) {
      expect(stripAnsi(frames)).toContain(seen);
    }
    expect(leaks(frames, secrets)).toEqual([]);
    expect(leaks(stripAnsi(frames), secrets)).toEqual([]);
    expect(leaks(output.join('\n'), secrets)).toEqual([]);
  });
});
