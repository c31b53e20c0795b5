import {useCallback, useRef, useState} from 'react';

// A reducer whose latest state can be read synchronously: several keys that arrive before
// React renders (e.g. `/` then a letter) must each see the effect of the one before.
// `dispatch` returns the state it produced, so a caller can act on a transition at once.
export function useSyncReducer<S, A>(reducer: (state: S, action: A) => S, initial: () => S) {
  const [state, setState] = useState(initial);
  const latest = useRef(state);

  const dispatch = useCallback(
    (action: A): S => {
      const next = reducer(latest.current, action);
      if (next !== latest.current) {
        latest.current = next;
        setState(next);
      }
      return next;
    },
    [reducer],
  );

  const current = useCallback(() => latest.current, []);
  return {state, dispatch, current};
}
