import {useCallback, useRef, useState} from 'react';
import {
  boardReducer,
  initialBoardState,
  type BoardAction,
  type BoardState,
} from '../../board/board-state.js';

// useReducer, plus a synchronous view of the latest state for the key router: two keys
// that arrive before React renders (e.g. `/` then a letter) must see each other's effect.
export function useBoardState() {
  const latest = useRef<BoardState>(initialBoardState());
  const [state, setState] = useState<BoardState>(latest.current);

  const dispatch = useCallback((action: BoardAction) => {
    const next = boardReducer(latest.current, action);
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
  }, []);

  const current = useCallback(() => latest.current, []);
  return {state, dispatch, current};
}
