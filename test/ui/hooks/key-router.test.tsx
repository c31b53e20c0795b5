import {useLayoutEffect, useState} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {KeyRouter} from '../../../source/ui/hooks/key-router.js';
import {useKeys} from '../../../source/ui/hooks/useKeys.js';

let unmount: (() => void) | null = null;
// The terminal's input, as the person at it types.
let type: (key: string) => void = () => {};
afterEach(() => {
  unmount?.();
  unmount = null;
});

// A view that takes keys, and types one itself as soon as React has committed it: the
// moment a person sees it on the terminal, before any passive effect has run.
function View({seen}: {seen: string[]}) {
  useKeys((input) => seen.push(input));
  useLayoutEffect(() => {
    type('x');
  }, []);
  return <Text>view</Text>;
}

function Opener({seen}: {seen: string[]}) {
  const [open, setOpen] = useState(false);
  useKeys((input) => {
    if (input === 'o') setOpen(true);
  });
  return open ? <View seen={seen} /> : <Text>closed</Text>;
}

async function frame(lastFrame: () => string | undefined, text: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!lastFrame()?.includes(text)) {
    if (Date.now() > deadline) throw new Error(`No frame with ${text}: ${lastFrame()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('KeyRouter', () => {
  it('hands a key to a view typed the moment the view is on the screen', async () => {
    const seen: string[] = [];
    const app = render(
      <KeyRouter>
        <Opener seen={seen} />
      </KeyRouter>,
    );
    unmount = app.unmount;
    type = (key) => app.stdin.write(key);
    await frame(app.lastFrame, 'closed');
    app.stdin.write('o');
    await frame(app.lastFrame, 'view');
    expect(seen).toEqual(['x']);
  });

  it('gives every key to each active place, and none to an inactive one', async () => {
    const a: string[] = [];
    const b: string[] = [];
    function Two() {
      useKeys((input) => a.push(input));
      useKeys((input) => b.push(input), {isActive: false});
      return <Text>two</Text>;
    }
    const app = render(
      <KeyRouter>
        <Two />
      </KeyRouter>,
    );
    unmount = app.unmount;
    await frame(app.lastFrame, 'two');
    app.stdin.write('j');
    app.stdin.write('k');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a).toEqual(['j', 'k']);
    expect(b).toEqual([]);
  });
});
