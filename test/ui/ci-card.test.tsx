import {afterEach, describe, expect, it} from 'vitest';
import {ciStatusOf, NO_CI, type CiStatus} from '../../source/board/ci-status.js';
import {ciSegments} from '../../source/ui/card-lines.js';
import {fakeServices} from './fake-services.js';
import {frameOf, unmountAll, waitForFrame} from './helpers.js';
import {loaded, renderBoard} from './render-board.js';
import {sampleBoard} from './fixtures.js';

afterEach(unmountAll);

const failed = ciStatusOf([
  {name: 'ci/test', state: 'failed', url: null, source: 'github'},
  {name: 'lint', state: 'passed', url: null, source: 'github'},
]);
const passed = ciStatusOf([{name: 'ci/test', state: 'passed', url: null, source: 'github'}]);
const running = ciStatusOf([{name: 'build', state: 'running', url: null, source: 'gitlab'}]);

// The line `below` a card's name, within that card's column.
function cardLine(frame: string, name: string, below: number): string {
  const lines = frame.split('\n');
  const at = lines.findIndex((line) => line.includes(name));
  const column = lines[at]!.indexOf(name);
  return (lines[at + below] ?? '').slice(column, column + 25);
}

describe('the CI mark on a card', () => {
  it('reads without colour, and says nothing when nothing is known', () => {
    expect(ciSegments('passed').map((s) => s.text)).toEqual([' CI✓']);
    expect(ciSegments('failed')).toEqual([{text: ' CI✗', color: 'red', bold: true}]);
    expect(ciSegments('running').map((s) => s.text)).toEqual([' CI…']);
    expect(ciSegments('none')).toEqual([]);
    expect(ciSegments(null)).toEqual([]);
  });

  it('is asked after the board is drawn, and shows failed, passed and running by SHA', async () => {
    const board = sampleBoard();
    const byName: Record<string, CiStatus> = {
      'whitewave-staging': failed,
      'whitewave-prod': passed,
      'whitewave-staging-eu': running,
    };
    const asked: string[] = [];
    let firstFrameBeforeAsking: boolean | null = null;
    let instance: ReturnType<typeof renderBoard> | null = null;
    const services = fakeServices(
      {
        ciStatus: async (app) => {
          if (firstFrameBeforeAsking === null) {
            firstFrameBeforeAsking = loaded(frameOf(instance!.lastFrame));
          }
          asked.push(app.name);
          return byName[app.name] ?? NO_CI;
        },
      },
      board,
    );
    instance = renderBoard(services);
    const frame = await waitForFrame(
      instance.lastFrame,
      (f) => f.includes('CI✗') && f.includes('CI✓') && f.includes('CI…'),
    );
    expect(firstFrameBeforeAsking).toBe(true);
    expect(cardLine(frame, 'whitewave-staging ', 2)).toMatch(/[0-9a-f]{7} CI✗ /);
    expect(cardLine(frame, 'whitewave-prod', 2)).toMatch(/[0-9a-f]{7} CI✓ /);
    // Review apps' commits had no status: no mark, and never a pass.
    expect(cardLine(frame, 'whitewave-pr-12', 2)).not.toMatch(/CI/);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('never shows a pass for a service that could not answer', async () => {
    const services = fakeServices({
      ciStatus: async () => ({state: 'none', checks: [], reason: 'GitHub could not be asked.'}),
    });
    const instance = renderBoard(services);
    await waitForFrame(instance.lastFrame, loaded);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frameOf(instance.lastFrame)).not.toMatch(/CI[✓✗…]/);
  });

  it('keeps the mark beside the SHA on a narrow card (60 x 20)', async () => {
    const services = fakeServices({
      ciStatus: async (app) => (app.name === 'whitewave-staging' ? failed : NO_CI),
    });
    const instance = renderBoard(services, {columns: 60, rows: 20});
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('CI✗'));
    expect(frame.split('\n').every((line) => line.length <= 60)).toBe(true);
  });
});
