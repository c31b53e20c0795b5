import {describe, expect, it, vi} from 'vitest';
import {MoveAppDialog} from '../../../source/ui/setup/MoveAppDialog.js';
import {RenamePipelineDialog} from '../../../source/ui/setup/RenamePipelineDialog.js';
import {SetupConfirm} from '../../../source/ui/setup/SetupConfirm.js';
import {waitFor, waitForFrame} from '../helpers.js';
import {KEYS, show, when} from './dialog-harness.js';

describe('MoveAppDialog', () => {
  it('marks where the app is, skips it, and asks the typed name to move into production', async () => {
    const onConfirm = vi.fn();
    const instance = await show(
      <MoveAppDialog
        app={{name: 'whitewave-dev', stage: 'development'}}
        isActive
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    const frame = await waitForFrame(instance, (f) => f.includes('where it is now'));
    expect(frame).toContain('› development  (the name says so, where it is now)');
    // Enter on where it is chooses nothing: the keys after it still move the cursor.
    instance.stdin.write(KEYS.enter + KEYS.down + KEYS.down);
    await when(instance, '› production', KEYS.enter);
    const confirm = await waitForFrame(instance, (f) => f.includes('Type whitewave-dev'));
    expect(confirm).toContain('Move whitewave-dev from development to production.');
    expect(confirm).toContain("whitewave-dev's name says development");
    await when(instance, 'Type whitewave-dev', 'whitewave-dev\r');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(onConfirm).toHaveBeenCalledWith('production');
  });

  it('asks y/n between other stages, and n cancels', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const instance = await show(
      <MoveAppDialog
        app={{name: 'whitewave-api', stage: 'development'}}
        isActive
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    await when(instance, '› development', KEYS.down);
    await when(instance, '› staging', KEYS.enter);
    await when(instance, 'Press y', 'n');
    await waitFor(() => onCancel.mock.calls.length > 0, 3000, 'the cancel');
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('RenamePipelineDialog', () => {
  it('checks the new name, then asks y and reports it', async () => {
    const onConfirm = vi.fn();
    const instance = await show(
      <RenamePipelineDialog
        pipelineName="tally"
        hasProduction={false}
        isActive
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    instance.stdin.write('tally');
    await waitForFrame(instance, (f) => f.includes('That is the name it has.'));
    instance.stdin.write('_x');
    await when(instance, 'only lowercase letters', '\u007F\u007F-eu\r');
    await when(instance, 'Rename pipeline tally to tally-eu.', 'y');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(onConfirm).toHaveBeenCalledWith('tally-eu');
  });

  it('Esc cancels while typing', async () => {
    const onCancel = vi.fn();
    const instance = await show(
      <RenamePipelineDialog
        pipelineName="tally"
        hasProduction
        isActive
        onConfirm={vi.fn()}
        onCancel={onCancel}
      />,
    );
    await when(instance, 'New name', KEYS.esc);
    await waitFor(() => onCancel.mock.calls.length > 0, 3000, 'the cancel');
  });
});

describe('SetupConfirm', () => {
  it('says a removal keeps the app, and a destroy wants the pipeline name typed', async () => {
    const onConfirm = vi.fn();
    const removal = await show(
      <SetupConfirm
        change={{kind: 'remove', app: 'whitewave-dev', stage: 'development'}}
        isActive
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(removal.lastFrame()).toContain('the app itself is kept');
    const destroy = await show(
      <SetupConfirm
        change={{kind: 'destroy', pipeline: 'tally'}}
        isActive
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    await when(destroy, 'Type tally', 'y\r');
    await when(destroy, 'That is not tally', 'tally\r');
    await waitFor(() => onConfirm.mock.calls.length > 0, 3000, 'the confirmation');
    expect(destroy.lastFrame()).toContain('its apps are kept');
  });
});
