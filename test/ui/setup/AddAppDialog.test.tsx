import {describe, expect, it, vi} from 'vitest';
import type {UnpipedApp} from '../../../source/board/unpiped-apps.js';
import {AddAppDialog} from '../../../source/ui/setup/AddAppDialog.js';
import {waitFor, waitForFrame} from '../helpers.js';
import {KEYS, show, when} from './dialog-harness.js';

const apps: UnpipedApp[] = [
  {id: 'a1', name: 'avery-sandbox', region: 'us', team: null, lastRelease: null},
  {
    id: 'a2',
    name: 'whitewave-canary-prod',
    region: 'us',
    team: 'whitewave',
    lastRelease: '2026-12-01T09:00:00Z',
  },
  {
    id: 'a3',
    name: 'whitewave-prod-eu',
    region: 'eu',
    team: 'whitewave',
    lastRelease: '2026-11-30T09:00:00Z',
  },
];

async function dialog() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const instance = await show(
    <AddAppDialog
      pipelineName="aurora"
      apps={apps}
      coupled={[{appName: 'whitewave-staging', pipelineName: 'whitewave'}]}
      isActive
      ago={(iso) => `since ${iso.slice(5, 10)}`}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return {instance, onConfirm, onCancel};
}

describe('AddAppDialog', () => {
  it('lists the apps in no pipeline with region, team and last release', async () => {
    const {instance} = await dialog();
    const frame = await waitForFrame(instance, (f) => f.includes('whitewave-prod-eu'));
    expect(frame).toMatch(/avery-sandbox\s+us\s+personal\s+never released/);
    expect(frame).toMatch(/whitewave-prod-eu\s+eu\s+whitewave\s+since 11-30/);
  });

  it('filters, suggests the stage from the suffix, and asks for the typed name for production', async () => {
    const {instance, onConfirm} = await dialog();
    instance.stdin.write('eu');
    const filtered = await waitForFrame(instance, (f) => !f.includes('avery-sandbox'));
    expect(filtered).toContain('› whitewave-prod-eu');
    await when(instance, '› whitewave-prod-eu', KEYS.enter);
    const picker = await waitForFrame(instance, (f) => f.includes('Stage for whitewave-prod-eu'));
    expect(picker).toContain('› production  (the name says so)');
    await when(instance, '› production', KEYS.enter);
    await when(instance, 'Type whitewave-prod-eu', 'whitewave-prod-eu\r');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(onConfirm).toHaveBeenCalledWith({app: apps[2], stage: 'production'});
  });

  it('shows the naming warning when the chosen stage contradicts the name', async () => {
    const {instance, onConfirm, onCancel} = await dialog();
    await when(instance, 'avery-sandbox', KEYS.down);
    await when(instance, '› whitewave-canary-prod', KEYS.enter);
    await when(instance, '› production', KEYS.up);
    await when(instance, '› staging', KEYS.enter);
    const frame = await waitForFrame(instance, (f) => f.includes('Press y'));
    expect(frame).toContain(
      "whitewave-canary-prod's name says production, but it would be coupled as staging.",
    );
    await when(instance, 'Press y', KEYS.esc);
    await waitFor(() => onCancel.mock.calls.length > 0, 3000, 'the cancel');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('says which pipeline an app already belongs to, and offers nothing to add', async () => {
    const {instance, onConfirm} = await dialog();
    instance.stdin.write('whitewave-staging');
    await waitForFrame(instance, (f) =>
      f.includes('whitewave-staging is already in pipeline whitewave: remove it there first.'),
    );
    await when(instance, 'remove it there first', KEYS.enter);
    await waitForFrame(instance, (f) => f.includes('already in pipeline whitewave'));
    expect(instance.lastFrame()).not.toContain('Stage for');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('Esc at the list or the stage cancels', async () => {
    const first = await dialog();
    await when(first.instance, 'avery-sandbox', KEYS.esc);
    await waitFor(() => first.onCancel.mock.calls.length > 0, 3000, 'the cancel');
    const second = await dialog();
    await when(second.instance, 'avery-sandbox', KEYS.enter);
    await when(second.instance, 'Stage for avery-sandbox', KEYS.esc);
    await waitFor(() => second.onCancel.mock.calls.length > 0, 3000, 'the cancel');
    expect(second.onConfirm).not.toHaveBeenCalled();
  });
});
