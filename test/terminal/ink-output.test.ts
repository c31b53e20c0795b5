import {describe, expect, it} from 'vitest';
// Ink's own frame buffer, which the build replaces (scripts/build.mjs).
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/terminal/ink-output.js';

type Clip = {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
};

type Op =
  | {type: 'write'; x: number; y: number; text: string; upper?: boolean}
  | {type: 'clip'; clip: Clip}
  | {type: 'unclip'};

const red = (s: string) => `\u001B[31m${s}\u001B[39m`;
const bold = (s: string) => `\u001B[1m${s}\u001B[22m`;
const dim = (s: string) => `\u001B[2m${s}\u001B[22m`;
const bg = (s: string) => `\u001B[44m${s}\u001B[49m`;
const link = (s: string) => `\u001B]8;;https://example.com\u0007${s}\u001B]8;;\u0007`;

function draw(
  Kind: typeof Output | typeof InkOutput,
  width: number,
  height: number,
  ops: Op[],
): {output: string; height: number} {
  const output = new Kind({width, height});
  const upper = (line: string) => line.toUpperCase();
  for (const op of ops) {
    if (op.type === 'write')
      output.write(op.x, op.y, op.text, {transformers: op.upper ? [upper] : []});
    else if (op.type === 'clip') output.clip(op.clip);
    else output.unclip();
  }
  return output.get();
}

// A small deterministic generator, so a failure names the frame that differs.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  'plain text',
  red('red'),
  bold(red('bold red')),
  dim(bold('dim and bold')),
  bg('blue ground'),
  link('a link'),
  '漢字の列',
  '👍 ok',
  '🇩🇪 flag',
  'e\u0301 combined',
  `${red('a')}${bold('b')}c`,
  '╭──────╮',
  '│ card │\n│ two  │\n╰──────╯',
  '',
];

function frame(next: () => number, width: number, height: number): Op[] {
  const ops: Op[] = [];
  const count = Math.floor(next() * 12);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.15) {
      const x1 = Math.floor(next() * width);
      const y1 = Math.floor(next() * height);
      ops.push({
        type: 'clip',
        clip:
          next() < 0.5
            ? {x1, x2: x1 + Math.floor(next() * 10), y1, y2: y1 + Math.floor(next() * 4)}
            : {x1, x2: x1 + Math.floor(next() * 10), y1: undefined, y2: undefined},
      });
    } else if (roll < 0.25) {
      ops.push({type: 'unclip'});
    } else {
      ops.push({
        type: 'write',
        x: Math.floor(next() * (width + 4)) - 2,
        y: Math.floor(next() * (height + 2)) - 1,
        text: PIECES[Math.floor(next() * PIECES.length)]!,
        upper: next() < 0.1,
      });
    }
  }
  return ops;
}

describe('the frame buffer the build puts in place of Ink’s', () => {
  it('draws what Ink’s draws, frame after frame, including unchanged rows it reuses', () => {
    const next = random(17);
    let previous: Op[] = [];
    for (let n = 0; n < 400; n++) {
      const width = 8 + Math.floor(next() * 30);
      const height = 2 + Math.floor(next() * 8);
      // Half the frames repeat the last one with a change or two, as a key press does.
      const ops =
        next() < 0.5 && previous.length > 0
          ? [...previous, ...frame(next, width, height).slice(0, 2)]
          : frame(next, width, height);
      previous = ops;
      const ours = draw(Output, width, height, ops);
      const inks = draw(InkOutput, width, height, ops);
      expect(ours, `frame ${n}: ${JSON.stringify(ops)}`).toEqual(inks);
    }
  });

  it('ends a styled row with its reset and starts an unchanged one from the same string', () => {
    const ops: Op[] = [{type: 'write', x: 0, y: 0, text: red('hi')}];
    const first = draw(Output, 4, 2, ops);
    expect(first.output).toBe('\u001B[31mhi\u001B[39m\n');
    expect(draw(Output, 4, 2, ops)).toEqual(first);
    const changed = draw(Output, 4, 2, [{type: 'write', x: 1, y: 0, text: bold('x')}]);
    expect(changed.output).toBe(' \u001B[1mx\u001B[22m\n');
  });
});
