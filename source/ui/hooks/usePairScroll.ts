import {useRef, useState} from 'react';
import type {Key} from 'ink';
import {commandFor} from '../../board/keymap.js';
import {useKeys} from './useKeys.js';

type OnOpen = (() => void) | null;

// ←/→, h/l and Tab move between the compared pairs when there are several.
function pairStep(input: string, key: Key): number {
  if (key.tab) return key.shift ? -1 : 1;
  if (key.rightArrow || input === 'l') return 1;
  if (key.leftArrow || input === 'h') return -1;
  return 0;
}

function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}

export type PairScrollOptions = {
  pairCount: number;
  initialPair?: number;
  isActive: boolean;
  onBack: () => void;
};

export type BodyWindow = {
  offset: number; // first body line shown
  // '  3-12/40' while the body is taller than its rows, else ''.
  position: string;
};

// The keys of a view over one of several compared pairs (diff, drift) with a body that
// scrolls: ←→ switch pairs, ↑↓ j/k PgUp/PgDn g/G scroll, o opens, Esc/q go back.
// `place` is called once per render with the body's size; Ink re-subscribes a key handler
// in an effect that runs after the frame is drawn, so a key pressed right after the body
// appears can reach the previous render's handler, which therefore reads the newest
// figures from a ref rather than from its own closure.
export function usePairScroll({pairCount, initialPair = 0, isActive, onBack}: PairScrollOptions) {
  const [pairIndex, setPairIndex] = useState(() => clampIndex(initialPair, pairCount));
  const [scroll, setScroll] = useState(0);
  const latest = useRef({pairCount, onBack, maxScroll: 0, rows: 0, onOpen: null as OnOpen});
  latest.current.pairCount = pairCount;
  latest.current.onBack = onBack;

  useKeys(
    (input, key) => {
      const view = latest.current;
      const step = pairStep(input, key);
      if (step !== 0) {
        const count = view.pairCount;
        if (count < 2) return;
        setPairIndex((i) => (Math.min(i, count - 1) + step + count) % count);
        setScroll(0);
        return;
      }
      const page = Math.max(1, view.rows - 1);
      const move = (by: number) =>
        setScroll((s) => {
          const max = latest.current.maxScroll;
          return Math.max(0, Math.min(max, Math.min(s, max) + by));
        });
      switch (commandFor(input, key, 'diff')) {
        case 'app-prev':
          return move(-1);
        case 'app-next':
          return move(1);
        case 'page-up':
          return move(-page);
        case 'page-down':
          return move(page);
        case 'app-first':
          return setScroll(0);
        case 'app-last':
          return setScroll(view.maxScroll);
        case 'open':
          return view.onOpen?.();
        case 'back':
          return view.onBack();
        default:
          return;
      }
    },
    {isActive},
  );

  const place = (body: {length: number; rows: number; onOpen?: OnOpen}): BodyWindow => {
    const maxScroll = Math.max(0, body.length - body.rows);
    Object.assign(latest.current, {maxScroll, rows: body.rows, onOpen: body.onOpen ?? null});
    const offset = Math.min(scroll, maxScroll);
    const position =
      body.length > body.rows
        ? `  ${offset + 1}-${Math.min(body.length, offset + body.rows)}/${body.length}`
        : '';
    return {offset, position};
  };

  return {pair: clampIndex(pairIndex, pairCount), place};
}
