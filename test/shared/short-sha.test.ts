import {describe, expect, it} from 'vitest';
import {shortSha} from '../../source/shared/short-sha.js';

describe('shortSha', () => {
  it.each([
    ['a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'a1b2c3d'],
    ['abc', 'abc'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['\x1b[2Ja1b2c3d4e5', 'a1b2c3d'],
  ])('%j -> %j', (sha, expected) => {
    expect(shortSha(sha)).toBe(expected);
  });
});
