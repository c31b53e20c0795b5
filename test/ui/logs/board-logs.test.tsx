import {afterEach, describe, expect, it} from 'vitest';
import type {LogFeed, LogFeedHandlers} from '../../../source/contract/logs.js';
import {fakeServices} from '../fake-services.js';
import {KEYS, pressUntil, unmountAll, waitFor, waitForFrame} from '../helpers.js';
import {loaded, renderBoard} from '../render-board.js';
import {appText, routerText} from './fixtures.js';

afterEach(() => unmountAll());

// One feed per app, fed by the test.
function feeds() {
  const handlers = new Map<string, LogFeedHandlers>();
  const stopped: string[] = [];
  const appLog = (app: string): LogFeed => ({
    start(h) {
      handlers.set(app, h);
      return {stop: () => void stopped.push(app), done: new Promise<void>(() => undefined)};
    },
  });
  const send = (app: string, lines: string[]) => handlers.get(app)!.onLines(lines);
  // The panes start their streams in an effect, just after their first frame.
  const started = () => waitFor(() => handlers.size === 2, 5000, 'both streams started');
  return {appLog, send, handlers, stopped, started};
}

function setUp(columns: number) {
  const logs = feeds();
  const services = fakeServices();
  Object.assign(services, {appLog: logs.appLog});
  const ui = renderBoard(services, {columns, rows: 30});
  return {ui, logs};
}

describe('the board’s logs view', () => {
  it('opens staging beside production, filters to web, pauses and resumes, and goes back', async () => {
    const {ui, logs} = setUp(140);
    await waitForFrame(ui.frame, loaded);
    expect(ui.frame()).toContain('L logs');
    await pressUntil(ui, 'L', (f) => f.includes('whitewave-staging (staging) · following'));
    await logs.started();
    const frame = ui.frame()!;
    expect(frame).toContain('whitewave-prod (production) · following');
    logs.send('whitewave-staging', [
      appText(1, 'web.1'),
      appText(2, 'worker.1'),
      routerText(3, 200),
    ]);
    logs.send('whitewave-prod', [appText(4, 'web.2')]);
    await waitForFrame(ui.frame, (f) => f.includes('1-3 of 3') && f.includes('1-1 of 1'));
    // The time of day, not the whole timestamp.
    expect(ui.frame()).toContain('10:00:01 app[web.1]: line 1');

    ui.stdin.write('t');
    await waitForFrame(ui.frame, (f) => f.includes('filter: type web') && f.includes('1-1 of 1'));
    expect(ui.frame()).not.toContain('line 2');

    ui.stdin.write(' ');
    await waitForFrame(ui.frame, (f) => f.includes('PAUSED'));
    logs.send('whitewave-staging', [appText(5, 'web.1'), appText(6, 'web.2')]);
    await waitForFrame(ui.frame, (f) => f.includes('PAUSED (2 new)'));
    expect(ui.frame()).not.toContain('line 5');
    ui.stdin.write(' ');
    await waitForFrame(ui.frame, (f) => f.includes('line 6') && f.includes('1-3 of 3'));

    ui.stdin.write(KEYS.escape);
    await waitForFrame(ui.frame, (f) => loaded(f) && !f.includes('following'));
    await waitFor(() => logs.stopped.length === 2, 5000, 'both streams stopped');
    expect(logs.stopped.sort()).toEqual(['whitewave-prod', 'whitewave-staging']);
  });

  it('shows one pane at a time on a narrow terminal; Tab moves to the other', async () => {
    const {ui, logs} = setUp(80);
    await waitForFrame(ui.frame, loaded);
    await pressUntil(ui, 'L', (f) => f.includes('whitewave-staging (staging)'));
    await logs.started();
    expect(ui.frame()).toContain('1 of 2');
    expect(ui.frame()).not.toContain('whitewave-prod (production)');
    logs.send('whitewave-prod', [appText(7, 'web.1')]);
    ui.stdin.write(KEYS.tab);
    await waitForFrame(
      ui.frame,
      (f) => f.includes('whitewave-prod (production)') && f.includes('line 7'),
    );
    expect(ui.frame()).toContain('2 of 2');
    // The hint line fits beside "2 of 2" and keeps the way back.
    const hint = ui
      .frame()!
      .split('\n')
      .find((l) => l.includes('2 of 2'))!;
    expect(hint.length).toBeLessThanOrEqual(80);
    expect(hint).toContain('Esc back');
  });

  it('keeps the lines with a typed text; Esc clears it', async () => {
    const {ui, logs} = setUp(140);
    await waitForFrame(ui.frame, loaded);
    await pressUntil(ui, 'L', (f) => f.includes('whitewave-staging (staging)'));
    await logs.started();
    logs.send('whitewave-staging', [appText(1), appText(22), appText(3)]);
    await waitForFrame(ui.frame, (f) => f.includes('1-3 of 3'));
    ui.stdin.write('/');
    await waitForFrame(ui.frame, (f) => f.includes('Lines with'));
    // The field takes keys once its handler is subscribed, just after its first frame.
    await new Promise((resolve) => setTimeout(resolve, 100));
    ui.stdin.write('22');
    await waitForFrame(ui.frame, (f) => f.includes('text "22"') && f.includes('1-1 of 1'));
    ui.stdin.write(KEYS.enter);
    await waitForFrame(ui.frame, (f) => !f.includes('Lines with') && f.includes('text "22"'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    ui.stdin.write('c');
    await waitForFrame(ui.frame, (f) => f.includes('filter: all lines') && f.includes('1-3 of 3'));
  });

  it('a run of keys typed fast (Tab then t) filters the pane Tab moved to', async () => {
    const {ui, logs} = setUp(140);
    await waitForFrame(ui.frame, loaded);
    await pressUntil(ui, 'L', (f) => f.includes('whitewave-staging (staging)'));
    await logs.started();
    logs.send('whitewave-staging', [appText(1, 'web.1'), appText(2, 'worker.1')]);
    logs.send('whitewave-prod', [appText(3, 'web.1'), appText(4, 'worker.1')]);
    await waitForFrame(ui.frame, (f) => f.includes('line 2') && f.includes('line 4'));
    ui.stdin.write('\tt');
    const frame = await waitForFrame(ui.frame, (f) => f.includes('filter: type web'));
    const filters = frame.split('\n').find((l) => l.includes('filter:'))!;
    // Staging, on the left, keeps every line; production, on the right, shows web only.
    expect(filters).toMatch(/^filter: all lines +filter: type web/);
    expect(frame).toContain('line 2');
    expect(frame).not.toContain('line 4');
  });

  it('says when the stream dropped and came back', async () => {
    const {ui, logs} = setUp(140);
    await waitForFrame(ui.frame, loaded);
    await pressUntil(ui, 'L', (f) => f.includes('whitewave-staging (staging)'));
    await logs.started();
    logs.handlers.get('whitewave-staging')!.onReconnect!({gapMs: 2500, attempt: 1});
    await waitForFrame(ui.frame, (f) => f.includes('reconnected after 2.5 s'));
  });
});
