import {useCallback} from 'react';
import {
  boardReducer,
  initialBoardState,
  type BoardAction,
  type BoardState,
} from '../../board/board-state.js';
import {useSyncReducer} from './useSyncReducer.js';

const initial = () => initialBoardState();

// The board's reducer, plus a synchronous view of the latest state for the key router: two
// keys that arrive before React renders (e.g. `/` then a letter) must see each other's effect.
export function useBoardState() {
  const {
    state,
    dispatch: apply,
    current,
  } = useSyncReducer<BoardState, BoardAction>(boardReducer, initial);
  const dispatch = useCallback((action: BoardAction) => void apply(action), [apply]);
  return {state, dispatch, current};
}
