import {useRef, useState} from 'react';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import type {KeyContext} from '../../board/key-reasons.js';
import {stepOf} from '../../board/keymap.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {useKeys} from './useKeys.js';

type OnOpen = (() => void) | null;

function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}

export type PairScrollOptions = {
  pairCount: number;
  initialPair?: number;
  isActive: boolean;
  onBack: () => void;
  // Says why a key is refused on this pair (one pair to switch between, no page to open).
  onRefused?: (reason: string) => void;
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
export function usePairScroll({
  pairCount,
  initialPair = 0,
  isActive,
  onBack,
  onRefused,
}: PairScrollOptions) {
  const [pairIndex, setPairIndex] = useState(() => clampIndex(initialPair, pairCount));
  const [scroll, setScroll] = useState(0);
  const latest = useRef({
    pairCount,
    onBack,
    maxScroll: 0,
    rows: 0,
    onOpen: null as OnOpen,
    onNotes: null as OnOpen,
    noPage: undefined as string | undefined,
  });
  latest.current.pairCount = pairCount;
  latest.current.onBack = onBack;
  const refused = useRef(onRefused);
  refused.current = onRefused;

  useKeys(
    (input, key) => {
      const view = latest.current;
      const page = Math.max(1, view.rows - 1);
      const move = (by: number) => () =>
        setScroll((s) => {
          const max = latest.current.maxScroll;
          return Math.max(0, Math.min(max, Math.min(s, max) + by));
        });
      const handlers: KeyHandlers<HandledBy<'pairScroll', 'diff'>> = {
        'switch-pair': () => {
          const count = view.pairCount;
          const step = stepOf(input, key);
          setPairIndex((i) => (Math.min(i, count - 1) + step + count) % count);
          setScroll(0);
        },
        'app-prev': move(-1),
        'app-next': move(1),
        'page-up': move(-page),
        'page-down': move(page),
        'app-first': () => setScroll(0),
        'app-last': () => setScroll(view.maxScroll),
        open: () => view.onOpen?.(),
        'copy-notes': () => view.onNotes?.(),
        back: () => view.onBack(),
      };
      dispatchKey('diff', input, key, handlers, {
        context: pairContext(view),
        refuse: (reason) => refused.current?.(reason),
      });
    },
    {isActive},
  );

  // `noPage` says why there is no page to open, when `onOpen` is null.
  const place = (body: {
    length: number;
    rows: number;
    onOpen?: OnOpen;
    // Copies the pair's release notes; null where there are none to copy (yet).
    onNotes?: OnOpen;
    noPage?: string;
  }): BodyWindow => {
    const maxScroll = Math.max(0, body.length - body.rows);
    Object.assign(latest.current, {
      maxScroll,
      rows: body.rows,
      onOpen: body.onOpen ?? null,
      onNotes: body.onNotes ?? null,
      noPage: body.noPage,
    });
    const offset = Math.min(scroll, maxScroll);
    const position =
      body.length > body.rows
        ? `  ${offset + 1}-${Math.min(body.length, offset + body.rows)}/${body.length}`
        : '';
    return {offset, position};
  };

  // The view's hint line: the keys that work on this pair, the scroll position after them.
  const hints = (width: number): string =>
    hintsFor('diff', width, {context: pairContext(latest.current), handled: DIFF_KEYS});

  return {pair: clampIndex(pairIndex, pairCount), place, hints};
}

const DIFF_KEYS = handledBy('pairScroll', 'diff');

function pairContext(view: {
  pairCount: number;
  onOpen: OnOpen;
  onNotes: OnOpen;
  noPage?: string;
}): KeyContext {
  return {
    pairs: view.pairCount,
    canOpen: view.onOpen !== null,
    canCopyNotes: view.onNotes !== null,
    noPage: view.noPage,
  };
}
