import {useState} from 'react';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {LineInput, MASK_LENGTH, type LineInputProps} from '../../source/ui/LineInput.js';
import {KEYS, frameOf, waitFor, waitForFrame} from './helpers.js';

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

// C0 controls, DEL and C1 controls: what a terminal acts on instead of drawing.
const hasControl = (text: string) =>
  [...text].some((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

type FieldProps = Pick<LineInputProps, 'mask' | 'keep' | 'clearOnSubmit'> & {
  // The owner empties its value itself once Enter is pressed.
  ownerClears?: boolean;
  onSubmit: (value: string) => void;
  onChange: (value: string) => void;
};

// An owner as the prompts are: it stores what the field reports, and may start it over.
function Field({ownerClears, onSubmit, onChange, ...rest}: FieldProps) {
  const [value, setValue] = useState('');
  const [other, setOther] = useState('');
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{'> '}</Text>
        <LineInput
          {...rest}
          value={value}
          onChange={(next) => {
            onChange(next);
            setValue(next);
          }}
          onSubmit={(submitted) => {
            onSubmit(submitted);
            if (ownerClears) setValue('');
          }}
        />
      </Box>
      <Box>
        <Text>{'= '}</Text>
        <LineInput value={other} onChange={setOther} onSubmit={() => {}} focus={false} />
      </Box>
    </Box>
  );
}

async function show(props: Partial<FieldProps> = {}) {
  const onSubmit = vi.fn<(value: string) => void>();
  const onChange = vi.fn<(value: string) => void>();
  const instance = render(<Field onSubmit={onSubmit} onChange={onChange} {...props} />);
  mounted.push(instance);
  // Ink attaches its stdin listener in the same effects that subscribe the field's keys.
  await waitFor(() => instance.stdin.listenerCount('readable') > 0, 3000, 'the key handler');
  return {instance, onSubmit, onChange};
}

// The text after "> " in the latest frame; the cursor is drawn as a trailing space.
function field(instance: Rendered): string {
  const line = frameOf(instance)
    .split('\n')
    .find((row) => row.startsWith('> '));
  return (line ?? '').slice(2).trimEnd();
}

// React renders what the keys caused from a microtask: a turn of the event loop has it done.
const settle = () => new Promise((resolve) => setImmediate(resolve));

const submitted =
  (spy: {mock: {calls: unknown[]}}, count = 1) =>
  () =>
    spy.mock.calls.length >= count;

describe('LineInput', () => {
  it.each([
    ['a carriage return', '\r'],
    ['CR LF', '\r\n'],
    ['a line feed', '\n'],
  ])('submits a line pasted with %s, once, and draws no line break', async (_what, end) => {
    const {instance, onSubmit} = await show();
    instance.stdin.write(`whitewave-prod${end}`);
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit.mock.calls).toEqual([['whitewave-prod']]);
    await waitForFrame(instance, () => field(instance) === 'whitewave-prod');
    for (const frame of instance.frames) expect(frame).not.toMatch(/[\r]/);
  });

  it('drops what follows the line break in the same chunk', async () => {
    const {instance, onSubmit} = await show();
    instance.stdin.write('whitewave-prod\rq');
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    await waitForFrame(instance, () => field(instance) === 'whitewave-prod');
    expect(onSubmit.mock.calls).toEqual([['whitewave-prod']]);
  });

  it('masks a pasted secret and submits it whole', async () => {
    const token = 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a';
    const {instance, onSubmit} = await show({mask: '•'});
    instance.stdin.write(`${token}\r`);
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit).toHaveBeenCalledWith(token);
    await waitForFrame(instance, () => field(instance) === '•'.repeat(MASK_LENGTH));
    for (const frame of instance.frames) expect(frame).not.toContain(token.slice(5, 13));
  });

  it("the mask has one length whatever the secret's length", async () => {
    for (const secret of ['abc', 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677883f9a'.repeat(3)]) {
      const {instance} = await show({mask: '•'});
      instance.stdin.write(secret);
      await waitForFrame(instance, () => field(instance).includes('•'));
      expect(field(instance).replace(/ +$/, '')).toBe('•'.repeat(MASK_LENGTH));
      for (const frame of instance.frames) expect(frame).not.toContain('•'.repeat(MASK_LENGTH + 1));
    }
  });

  it('takes typing one key at a time, then Enter', async () => {
    const {instance, onSubmit} = await show();
    for (const char of 'prod') {
      const before = field(instance);
      instance.stdin.write(char);
      await waitForFrame(instance, () => field(instance) === before + char);
    }
    expect(onSubmit).not.toHaveBeenCalled();
    instance.stdin.write(KEYS.enter);
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit.mock.calls).toEqual([['prod']]);
  });

  it('keeps every chunk that arrives before the next frame', async () => {
    const {instance, onSubmit} = await show();
    instance.stdin.write('white');
    instance.stdin.write('wave');
    instance.stdin.write('-');
    instance.stdin.write('prod');
    instance.stdin.write(KEYS.enter);
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit.mock.calls).toEqual([['whitewave-prod']]);
    await waitForFrame(instance, () => field(instance) === 'whitewave-prod');
  });

  it('inserts at the cursor, and a pasted Enter there submits the whole line', async () => {
    const {instance, onSubmit} = await show();
    instance.stdin.write('white-prod');
    for (let i = 0; i < 5; i++) instance.stdin.write(KEYS.left);
    instance.stdin.write('wave\r');
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit.mock.calls).toEqual([['whitewave-prod']]);
  });

  it('erases with Backspace and ignores Ctrl combinations', async () => {
    const {instance} = await show();
    instance.stdin.write('abx');
    instance.stdin.write(KEYS.backspace);
    instance.stdin.write('\u0015');
    instance.stdin.write('c');
    await waitForFrame(instance, () => field(instance) === 'abc');
  });

  it('empties on submit with clearOnSubmit, before the keys that follow', async () => {
    const {instance, onSubmit, onChange} = await show({clearOnSubmit: true});
    instance.stdin.write('wrong\r');
    instance.stdin.write('right');
    await waitForFrame(instance, () => field(instance) === 'right');
    instance.stdin.write(KEYS.enter);
    await waitFor(submitted(onSubmit, 2), 3000, 'the second submit');
    expect(onSubmit.mock.calls).toEqual([['wrong'], ['right']]);
    expect(onChange.mock.calls.at(-1)).toEqual(['']);
  });

  it('takes a value the owner sets, also one equal to what it last drew', async () => {
    const {instance, onSubmit} = await show({ownerClears: true});
    // The owner goes from '' to 'wrong' and back to '' in one update: it draws no change.
    instance.stdin.write('wrong\r');
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    // Keys that arrive before React renders build on the field; this case is the next render.
    await settle();
    expect(field(instance)).toBe('');
    instance.stdin.write('right');
    await waitForFrame(instance, () => field(instance) === 'right');
    instance.stdin.write(KEYS.enter);
    await waitFor(submitted(onSubmit, 2), 3000, 'the second submit');
    expect(onSubmit.mock.calls).toEqual([['wrong'], ['right']]);
  });

  it('never holds a control character, whatever arrives', async () => {
    const {instance, onChange} = await show();
    instance.stdin.write('a\tb\u0007c\u009b2Jd\u0000');
    instance.stdin.write('\u001b[2J');
    instance.stdin.write('\u001b[200~e\u202Ef\u001b[201~');
    await waitForFrame(instance, () => field(instance) === 'a bcdef');
    expect(onChange.mock.calls.length).toBeGreaterThan(0);
    for (const [value] of onChange.mock.calls) expect(hasControl(value)).toBe(false);
  });

  it('narrows what is typed with keep', async () => {
    const {instance, onSubmit} = await show({keep: (text) => text.replace(/\D/g, '')});
    instance.stdin.write('123 456\r');
    await waitFor(submitted(onSubmit), 3000, 'the submit');
    expect(onSubmit.mock.calls).toEqual([['123456']]);
  });

  it('leaves an unfocused field alone', async () => {
    const {instance} = await show();
    instance.stdin.write('typed');
    await waitForFrame(instance, () => field(instance) === 'typed');
    expect(frameOf(instance)).toMatch(/^=\s*$/m);
  });
});
