import {describe, expect, it} from 'vitest';
import {initialBoardState} from '../../source/board/board-state.js';
import {boardHints} from '../../source/ui/hooks/useBoardKeys.js';
import {sampleBoard} from './fixtures.js';

describe('the board hint line', () => {
  it('offers Esc back to the overview, but not while a filter is set (Esc clears it first)', () => {
    const state = initialBoardState(sampleBoard());
    expect(boardHints(state, 200)).toContain('Esc pipelines');
    expect(boardHints({...state, filter: 'pr'}, 200)).not.toContain('Esc');
  });
});
