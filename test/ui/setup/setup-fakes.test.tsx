import {afterEach, describe, expect, it, vi} from 'vitest';
import {PartialCreateError, type SetupOwner} from '../../../source/contract/setup.js';
import {App} from '../../../source/ui/App.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {fakeServices, type FakeServices} from '../fake-services.js';
import {renderAt, unmountAll, waitFor, waitForFrame} from '../helpers.js';
import {KEYS, when} from './dialog-harness.js';

const CTRL_N = '\u000E';
const owners: SetupOwner[] = [
  {id: 'u1', type: 'user', name: 'alice@example.com'},
  {id: 't1', type: 'team', name: 'acme'},
];

afterEach(() => unmountAll());

function picker(services: FakeServices) {
  return renderAt(
    <ServicesProvider services={services}>
      <App refreshSeconds={0} />
    </ServicesProvider>,
    {columns: 100, rows: 30},
  );
}

describe('creating a pipeline from the picker, over fakes', () => {
  it('offers Ctrl-N on an account without pipelines, and says why the owners could not be listed', async () => {
    const services = fakeServices({
      listPipelines: async () => [],
      listOwners: () => Promise.reject(new Error('Heroku is down for maintenance.')),
    });
    const ui = picker(services);
    await when(ui, 'This account has no pipelines: Ctrl-N creates one.', CTRL_N);
    // The owners are asked for as the dialog opens: their refusal may come before or after
    // the name is typed.
    const opened = await waitForFrame(
      ui,
      (f) => f.includes('Name:') || f.includes('Could not list your teams'),
    );
    if (!opened.includes('Could not list your teams')) ui.stdin.write('acme-web\r');
    const frame = await waitForFrame(ui, (f) => f.includes('Could not list your teams'));
    expect(frame).toContain('Heroku is down for maintenance.');
    await when(ui, 'goes back', KEYS.esc);
    await waitForFrame(ui, (f) => f.includes('Pick a pipeline'));
  });

  it('sends the create once, only after y, with the team chosen', async () => {
    const createPipeline = vi.fn(
      () => new Promise<never>(() => undefined), // still on its way
    );
    const services = fakeServices({listOwners: async () => owners, createPipeline});
    const ui = picker(services);
    await when(ui, 'whitewave', CTRL_N);
    await when(ui, 'Name:', 'acme-web\r');
    await when(ui, '› alice@example.com (you)', KEYS.down);
    await when(ui, '› acme (team)', KEYS.enter);
    await waitForFrame(ui, (f) => f.includes('Press y to create it'));
    expect(createPipeline).not.toHaveBeenCalled();
    await when(ui, 'Press y to create it', 'y');
    ui.stdin.write('y');
    await waitForFrame(ui, (f) => f.includes('Creating pipeline acme-web'));
    await when(ui, 'Creating pipeline acme-web', 'y\r');
    await waitFor(() => createPipeline.mock.calls.length > 0, 3000, 'the create');
    expect(createPipeline.mock.calls).toEqual([[{name: 'acme-web', team: 't1'}]]);
  });

  it('says what was created when Heroku refuses a later step', async () => {
    const created = {id: 'p1', name: 'acme-web', owner: null};
    const services = fakeServices({
      listOwners: async () => owners,
      createPipeline: () =>
        Promise.reject(
          new PartialCreateError(
            created,
            new Error('x'),
            'Pipeline acme-web was created, but adding acme-staging to it failed: App acme-staging is already a member of pipeline acme.',
          ),
        ),
    });
    const ui = picker(services);
    await when(ui, 'whitewave', CTRL_N);
    await when(ui, 'Name:', 'acme-web\r');
    await when(ui, '› alice@example.com (you)', KEYS.enter);
    await when(ui, 'Press y to create it', 'y');
    const frame = await waitForFrame(ui, (f) => f.includes('goes back'));
    expect(frame).toContain('Pipeline acme-web was created, but adding acme-staging to it failed');
  });
});
