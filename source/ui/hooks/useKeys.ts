import {useCallback, useLayoutEffect, useRef} from 'react';
import {useInput, type Key} from 'ink';
import {useKeyRouter} from './key-router.js';

type Handler = (input: string, key: Key) => void;

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

// One character of a run, as Ink would have reported it alone.
function keyOf(char: string): {input: string; key: Key} {
  if (char === '\r') return {input: '', key: {...NO_KEY, return: true}};
  if (char === '\t') return {input: '', key: {...NO_KEY, tab: true}};
  if (char === '\b') return {input: '', key: {...NO_KEY, backspace: true}};
  if (char === '\u007F') return {input: '', key: {...NO_KEY, delete: true}};
  return {input: char, key: {...NO_KEY, shift: /[A-Z]/.test(char)}};
}

// useInput for handlers of single keys. Ink splits escape sequences apart but hands over a
// run of plain characters (fast typing, key repeat, a slow frame, a paste) as one string:
// here each character is its own key press, so "jj" moves two rows wherever it is typed.
// Text fields keep Ink's own useInput, where a pasted run is text.
// Ink re-subscribes its listener whenever the handler it is given changes, i.e. after every
// render of a component that passes a fresh closure; the listener given here stays the
// same and calls the latest handler.
// Under a KeyRouter (the program's screens) the place registers with it as React commits;
// alone (a component rendered by itself) it listens through Ink's useInput.
export function useKeys(handler: Handler, options: {isActive?: boolean} = {}) {
  const router = useKeyRouter();
  const latest = useRef(handler);
  const active = useRef(options.isActive !== false);
  useLayoutEffect(() => {
    latest.current = handler;
    active.current = options.isActive !== false;
  });
  const listener = useCallback((input: string, key: Key) => {
    const current = latest.current;
    if (input.length > 1 && !key.ctrl && !key.meta) {
      for (const char of input) {
        const press = keyOf(char);
        current(press.input, press.key);
      }
      return;
    }
    current(input, key);
  }, []);
  useLayoutEffect(() => {
    if (!router) return;
    return router.add({handle: listener, active: () => active.current});
  }, [router, listener]);
  useInput(listener, {isActive: router ? false : options.isActive});
}
