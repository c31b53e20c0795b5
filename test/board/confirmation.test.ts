import {describe, expect, it} from 'vitest';
import {confirmationFor, confirmationMatches} from '../../source/board/confirmation.js';

describe('confirmation', () => {
  it('matches the typed name exactly, forgiving only surrounding spaces', () => {
    const typed = {kind: 'type', text: 'whitewave-prod'} as const;
    expect(confirmationMatches(typed, 'whitewave-prod')).toBe(true);
    expect(confirmationMatches(typed, '  whitewave-prod ')).toBe(true);
    expect(confirmationMatches(typed, 'Whitewave-prod')).toBe(false);
    expect(confirmationMatches(typed, 'whitewave-pro')).toBe(false);
    expect(confirmationMatches(typed, '')).toBe(false);
  });

  it('accepts only y for the yes kind, never a digit', () => {
    expect(confirmationMatches({kind: 'yes'}, 'y')).toBe(true);
    expect(confirmationMatches({kind: 'yes'}, 'Y')).toBe(true);
    for (const key of ['1', '2', '9', 'n', '', 'yes ', '\r']) {
      expect(confirmationMatches({kind: 'yes'}, key)).toBe(false);
    }
  });

  it('asks production targets for a name and others for y', () => {
    const app = (name: string, stage: 'staging' | 'production') => ({app: {id: name, name, stage}});
    expect(confirmationFor('p', [app('s', 'staging')])).toEqual({kind: 'yes'});
    expect(confirmationFor('p', [app('a', 'production')])).toEqual({kind: 'type', text: 'a'});
    expect(confirmationFor('p', [app('a', 'production'), app('b', 'production')])).toEqual({
      kind: 'type',
      text: 'p',
    });
  });
});
