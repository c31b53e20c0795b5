import {afterEach, describe, expect, it} from 'vitest';
import {App, type AppProps} from '../../source/ui/App.js';
import {ServicesProvider} from '../../source/ui/services.js';
import type {PipelineSummary} from '../../source/board/types.js';
import {fakeServices, type FakeServices} from './fake-services.js';
import {PIPELINE} from './fixtures.js';
import {
  KEYS,
  pressUntil,
  renderAt,
  selectedCardName,
  unmountAll,
  waitFor,
  waitForFrame,
} from './helpers.js';

afterEach(unmountAll);

function renderApp(services: FakeServices, props: Partial<AppProps> = {}) {
  const instance = renderAt(
    <ServicesProvider services={services}>
      <App refreshSeconds={0} {...props} />
    </ServicesProvider>,
    {columns: 120, rows: 30},
  );
  return {...instance, frame: () => instance.lastFrame()};
}

function pipeline(name: string, id: string, extra: Partial<PipelineSummary> = {}): PipelineSummary {
  return {...PIPELINE, name, id, ...extra};
}

const exited = (stdin: {listenerCount(event: string): number}) => () =>
  stdin.listenerCount('readable') === 0;

describe('App start-up failures', () => {
  it('retry like a failed refresh: the next try is shown and r retries now', async () => {
    let calls = 0;
    const services = fakeServices({
      findPipelines: async () => {
        calls += 1;
        if (calls === 1) {
          throw Object.assign(new Error('Could not reach api.heroku.com: the network is down.'), {
            name: 'NetworkError',
          });
        }
        return [pipeline('whitewave', 'pipe-1')];
      },
    });
    const {frame, stdin} = renderApp(services, {pipeline: 'whitewave'});
    const failed = await waitForFrame(frame, (f) => f.includes('Could not reach'));
    expect(failed).toMatch(/Next try at \d\d:\d\d:\d\d; press r to retry now, Esc or q to quit\./);
    stdin.write('r');
    await waitForFrame(frame, (f) => f.includes('whitewave-staging'));
    expect(calls).toBe(2);
  });

  it('do not retry a lookup Heroku answered', async () => {
    const services = fakeServices({findPipelines: async () => []});
    const {frame} = renderApp(services, {pipeline: 'nothere'});
    const failed = await waitForFrame(frame, (f) => f.includes('no pipeline named'));
    expect(failed).toContain('Press Esc or q to quit.');
    expect(failed).not.toContain('Next try');
  });
});

describe('App', () => {
  it('opens the picker without a pipeline, filters by typing and opens with Enter', async () => {
    const services = fakeServices({
      listPipelines: async () => [
        pipeline('billing', 'p-billing'),
        pipeline('whitewave', 'pipe-1'),
        pipeline('web-shop', 'p-shop'),
      ],
    });
    const {frame, stdin} = renderApp(services);
    const picker = await waitForFrame(
      frame,
      (f) => f.includes('billing') && f.includes('web-shop'),
    );
    expect(picker).toContain('Pick a pipeline');
    for (const ch of 'whi') stdin.write(ch);
    const filtered = await waitForFrame(frame, (f) => f.includes('1 of 3'));
    expect(filtered).not.toContain('billing');
    stdin.write(KEYS.enter);
    await waitForFrame(frame, (f) => f.includes('PRODUCTION'));
    expect(services.calls.remembered).toEqual(['pipe-1']);
  });

  it('preselects the pipeline opened last time', async () => {
    const services = fakeServices({
      listPipelines: async () => [
        pipeline('billing', 'p-billing'),
        pipeline('whitewave', 'pipe-1'),
      ],
      lastPipeline: () => 'pipe-1',
    });
    const instance = renderApp(services);
    const {frame} = instance;
    await waitForFrame(frame, (f) => f.includes('❯ whitewave'));
    await pressUntil(instance, KEYS.enter, (f) => f.includes('PRODUCTION'));
  });

  it('says so when listing pipelines fails, and q quits', async () => {
    const services = fakeServices({
      listPipelines: async () => Promise.reject(new Error('Heroku is down.')),
    });
    const {frame, stdin} = renderApp(services);
    await waitForFrame(frame, (f) => f.includes('Could not list pipelines: Heroku is down.'));
    stdin.write('q');
    await waitFor(exited(stdin), 5000, 'exit');
  });

  it('quits the picker with Esc', async () => {
    const {frame, stdin} = renderApp(fakeServices());
    await waitForFrame(frame, (f) => f.includes('whitewave'));
    stdin.write(KEYS.escape);
    await waitFor(exited(stdin), 5000, 'exit');
  });

  it('asks which one when several pipelines share the name', async () => {
    const services = fakeServices({
      findPipelines: async () => [
        pipeline('whitewave', 'aaaaaaaa-1', {
          ownerType: 'team',
          ownerId: 'team-1234',
          createdAt: '2023-05-06T00:00:00Z',
        }),
        pipeline('whitewave', 'bbbbbbbb-2', {
          ownerType: 'user',
          ownerId: 'user-9876',
          createdAt: '2024-07-08T00:00:00Z',
        }),
      ],
    });
    const instance = renderApp(services, {pipeline: 'whitewave'});
    const {frame} = instance;
    const choice = await waitForFrame(frame, (f) => f.includes('which one?'));
    expect(choice).toContain('team team-123');
    expect(choice).toContain('created 2023-05-06');
    expect(choice).toContain('user user-987');
    // The last item: pressing down again changes nothing.
    await pressUntil(instance, KEYS.down, (f) => f.includes('❯ whitewave  (user'));
    instance.stdin.write(KEYS.enter);
    await waitForFrame(frame, (f) => f.includes('PRODUCTION'));
    expect(services.calls.remembered).toEqual(['bbbbbbbb-2']);
  });

  it('says in one sentence that a pipeline does not exist, and q quits', async () => {
    const services = fakeServices({findPipelines: async () => []});
    const {frame, stdin} = renderApp(services, {pipeline: 'nope'});
    await waitForFrame(frame, (f) =>
      f.includes('There is no pipeline named "nope" on this account.'),
    );
    stdin.write('q');
    await waitFor(exited(stdin), 5000, 'exit');
  });

  it('opens the pipeline of an app with that app selected', async () => {
    const services = fakeServices({
      pipelineOfApp: async () => ({pipeline: PIPELINE, appId: 'app-whitewave-pr-13'}),
    });
    const {frame} = renderApp(services, {app: 'whitewave-pr-13'});
    await waitForFrame(frame, (f) => selectedCardName(f) === 'whitewave-pr-13');
    expect(services.calls.remembered).toEqual(['pipe-1']);
  });

  it('reports an app outside any pipeline', async () => {
    const services = fakeServices({
      pipelineOfApp: async () => Promise.reject(new Error('lonely-app is not in a pipeline.')),
    });
    const {frame} = renderApp(services, {app: 'lonely-app'});
    await waitForFrame(
      frame,
      (f) => f.includes('lonely-app is not in a pipeline.') && f.includes('q to quit'),
    );
  });
});
