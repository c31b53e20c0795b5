import {describe, expect, it} from 'vitest';
import {
  commitUrlOf,
  compareUrlOf,
  parseRemote,
  readableCompareUrl,
} from '../../source/diff/remote-url.js';

describe('parseRemote', () => {
  it.each([
    ['git@github.com:acme/shop.git', {host: 'github.com', path: 'acme/shop'}],
    ['https://github.com/acme/shop', {host: 'github.com', path: 'acme/shop'}],
    ['https://user:secret@github.com/acme/shop.git/', {host: 'github.com', path: 'acme/shop'}],
    ['ssh://git@github.com:22/acme/shop.git', {host: 'github.com', path: 'acme/shop'}],
    ['git@gitlab.com:group/sub/shop.git', {host: 'gitlab.com', path: 'group/sub/shop'}],
    ['https://bitbucket.org/acme/shop.git', {host: 'bitbucket.org', path: 'acme/shop'}],
    ['https://git.example.org/acme/shop.git', null],
    ['/srv/git/shop.git', null],
    ['file:///srv/git/shop.git', null],
    ['git@github.com:acme/shop/extra.git', null],
    ['https://github.com/acme/sh%0Aop', null],
  ])('%s', (remote, expected) => {
    expect(parseRemote(remote)).toEqual(expected);
  });
});

describe('links', () => {
  it('builds each host its own compare and commit pages', () => {
    expect(compareUrlOf({host: 'github.com', path: 'acme/shop'}, 'b1', 'h2')).toBe(
      'https://github.com/acme/shop/compare/b1...h2',
    );
    expect(compareUrlOf({host: 'gitlab.com', path: 'g/s/shop'}, 'b1', 'h2')).toBe(
      'https://gitlab.com/g/s/shop/-/compare/b1...h2',
    );
    expect(compareUrlOf({host: 'bitbucket.org', path: 'acme/shop'}, 'b1', 'h2')).toBe(
      'https://bitbucket.org/acme/shop/branches/compare/h2%0Db1',
    );
    expect(commitUrlOf({host: 'gitlab.com', path: 'g/shop'}, 'abc')).toBe(
      'https://gitlab.com/g/shop/-/commit/abc',
    );
  });

  it('names commits in twelve characters, and leaves anything else alone', () => {
    const base = 'a'.repeat(40);
    const head = '0123456789abcdef0123456789abcdef01234567';
    expect(compareUrlOf({host: 'github.com', path: 'acme/shop'}, base, head)).toBe(
      'https://github.com/acme/shop/compare/aaaaaaaaaaaa...0123456789ab',
    );
    expect(readableCompareUrl(`https://github.com/o/r/compare/${base}...${head}`)).toBe(
      'https://github.com/o/r/compare/aaaaaaaaaaaa...0123456789ab',
    );
    expect(readableCompareUrl('https://github.com/o/r/compare/main...feature')).toBe(
      'https://github.com/o/r/compare/main...feature',
    );
    expect(readableCompareUrl(null)).toBeNull();
  });
});
