import {afterEach, describe, expect, it, vi} from 'vitest';
import {PipelinePicker} from '../../source/ui/PipelinePicker.js';
import {ServicesProvider} from '../../source/ui/services.js';
import type {PipelineSummary} from '../../source/board/types.js';
import {fakeServices} from './fake-services.js';
import {PIPELINE} from './fixtures.js';
import {renderAt, unmountAll, waitFor, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const pipelines: PipelineSummary[] = ['billing', 'qa-tools', 'whitewave'].map((name) => ({
  ...PIPELINE,
  name,
  id: `p-${name}`,
}));

async function showPicker() {
  const onSelect = vi.fn<(pipeline: PipelineSummary) => void>();
  const onQuit = vi.fn();
  const instance = renderAt(
    <ServicesProvider services={fakeServices({listPipelines: async () => pipelines})}>
      <PipelinePicker onSelect={onSelect} onQuit={onQuit} />
    </ServicesProvider>,
    {columns: 80, rows: 20},
  );
  await waitForFrame(instance, (f) => f.includes('3 of 3'));
  await waitFor(() => instance.stdin.listenerCount('readable') > 0, 3000, 'the key handler');
  return {instance, onSelect, onQuit};
}

const filterLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('filter:')) ?? '';

describe('PipelinePicker filter', () => {
  it('opens the pipeline whose name is pasted with its Enter', async () => {
    const {instance, onSelect} = await showPicker();
    instance.stdin.write('whitewave\r');
    await waitFor(() => onSelect.mock.calls.length === 1, 3000, 'the choice');
    expect(onSelect.mock.calls[0]![0].id).toBe('p-whitewave');
  });

  it('takes a pasted name that starts with q as text, not as quit', async () => {
    const {instance, onSelect, onQuit} = await showPicker();
    instance.stdin.write('qa\r');
    await waitFor(() => onSelect.mock.calls.length === 1, 3000, 'the choice');
    expect(onSelect.mock.calls[0]![0].id).toBe('p-qa-tools');
    expect(onQuit).not.toHaveBeenCalled();
  });

  it('keeps only the characters of a pipeline name, and nothing that breaks the frame', async () => {
    const {instance, onSelect} = await showPicker();
    instance.stdin.write('Whi\u0007te\twave');
    instance.stdin.write('\u001b[200~');
    const frame = await waitForFrame(instance, (f) => f.includes('1 of 3'));
    expect(filterLine(frame)).toMatch(/^filter: whitewave\s+1 of 3$/);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('the hint says Esc clears what is typed, and quit once nothing is', async () => {
    const {instance, onQuit} = await showPicker();
    expect(instance.lastFrame()).toContain('Esc quit');
    instance.stdin.write('wh');
    const typed = await waitForFrame(instance, (f) => f.includes('1 of 3'));
    expect(typed).toContain('Esc clear');
    expect(typed).not.toContain('Esc quit');
    instance.stdin.write('\u001b');
    const cleared = await waitForFrame(instance, (f) => f.includes('3 of 3'));
    expect(cleared).toContain('Esc quit');
    expect(onQuit).not.toHaveBeenCalled();
  });

  it('keeps the way out in the hint line of a narrow terminal', async () => {
    const onQuit = vi.fn();
    const instance = renderAt(
      <ServicesProvider services={fakeServices({listPipelines: async () => pipelines})}>
        <PipelinePicker onSelect={() => undefined} onQuit={onQuit} />
      </ServicesProvider>,
      {columns: 40, rows: 12},
    );
    const frame = await waitForFrame(instance, (f) => f.includes('3 of 3'));
    const hint = frame.split('\n').find((l) => l.includes('↑↓ move'))!;
    expect(hint).toContain('Esc quit');
    expect(hint).not.toContain('…');
    expect([...hint].length).toBeLessThanOrEqual(40);
  });
});
