import {describe, expect, it, vi} from 'vitest';
import type {SetupOwner} from '../../../source/contract/setup.js';
import {CreatePipelineDialog} from '../../../source/ui/setup/CreatePipelineDialog.js';
import {waitFor, waitForFrame} from '../helpers.js';
import {KEYS, show, when} from './dialog-harness.js';

const owners: SetupOwner[] = [
  {id: 'u1', type: 'user', name: 'avery.brooks@whitewave.io'},
  {id: 't1', type: 'team', name: 'whitewave'},
];

async function dialog(error: string | null = null) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const instance = await show(
    <CreatePipelineDialog
      owners={owners}
      isActive
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return {instance, onConfirm, onCancel};
}

describe('CreatePipelineDialog', () => {
  it('checks the name as it is typed, and does not go on with a bad one', async () => {
    const {instance, onConfirm} = await dialog();
    instance.stdin.write('Au');
    await waitForFrame(instance, (f) =>
      f.includes('A pipeline name starts with a lowercase letter.'),
    );
    instance.stdin.write('\r');
    await waitForFrame(instance, (f) => f.includes('starts with a lowercase letter'));
    expect(instance.lastFrame()).not.toContain('Owner:');
    instance.stdin.write('\u007F\u007F' + 'au');
    await waitForFrame(instance, (f) => f.includes('A pipeline name is 3 to 30 characters long.'));
    instance.stdin.write('rora');
    await waitForFrame(instance, (f) => f.includes('Heroku accepts this name.'));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('takes a name, an owner from the list and a y, then reports them once', async () => {
    const {instance, onConfirm, onCancel} = await dialog();
    instance.stdin.write('aurora\r');
    await when(instance, 'whitewave (team)', KEYS.down);
    await when(instance, '› whitewave (team)', KEYS.enter);
    await when(instance, 'Create pipeline aurora.', 'y');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(onConfirm).toHaveBeenCalledWith({name: 'aurora', owner: owners[1]});
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
    expect(instance.lastFrame()).toContain('Owner: whitewave');
  });

  it('shows the owner list with the account marked as you', async () => {
    const {instance} = await dialog();
    instance.stdin.write('aurora\r');
    const frame = await waitForFrame(instance, (f) => f.includes('Owner:'));
    expect(frame).toContain('› avery.brooks@whitewave.io (you)');
  });

  it.each([
    ['the name', 'New pipeline', ''],
    ['the owner', '(you)', 'aurora\r'],
    ['the confirmation', 'Press y', 'aurora\r\r'],
  ])('Esc at %s cancels and reports nothing else', async (_step, shown, typed) => {
    const {instance, onConfirm, onCancel} = await dialog();
    if (typed.endsWith('\r\r')) {
      instance.stdin.write('aurora\r');
      await when(instance, '(you)', KEYS.enter);
    } else if (typed) {
      instance.stdin.write(typed);
    }
    await when(instance, shown, KEYS.esc);
    await waitFor(() => onCancel.mock.calls.length > 0, 3000, 'the cancel');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("shows Heroku's refusal of the last try", async () => {
    const {instance} = await dialog('Name has already been taken.');
    instance.stdin.write('tally\r');
    await when(instance, '(you)', KEYS.enter);
    await waitForFrame(instance, (f) => f.includes('Name has already been taken.'));
  });
});
