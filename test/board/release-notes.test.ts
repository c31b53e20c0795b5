import {describe, expect, it} from 'vitest';
import {changeRefs, changeUrl, releaseNotes} from '../../source/board/release-notes.js';
import type {CommitDetail} from '../../source/board/types.js';

const commit = (
  sha: string,
  message: string,
  url: string | null,
  author = 'Maya Chen',
): CommitDetail => ({
  sha,
  shortSha: sha.slice(0, 7),
  author,
  date: '2026-12-01T10:00:00Z',
  message,
  url,
});

describe('change numbers in commit messages', () => {
  it('finds pull requests and merge requests', () => {
    expect(changeRefs('Fix the total (#123)')).toEqual([{kind: 'pull', number: 123}]);
    expect(changeRefs('Merge pull request #77 from team/branch')).toEqual([
      {kind: 'pull', number: 77},
    ]);
    expect(changeRefs('Reject unbalanced entries (!14)')).toEqual([{kind: 'merge', number: 14}]);
    expect(changeRefs('See merge request !45')).toEqual([{kind: 'merge', number: 45}]);
    expect(changeRefs('Mentions issue #9 and wow!12')).toEqual([]);
  });

  it('links them next to the commit on GitHub and GitLab', () => {
    expect(changeUrl('https://github.com/o/r/commit/abc123', {kind: 'pull', number: 5})).toBe(
      'https://github.com/o/r/pull/5',
    );
    expect(changeUrl('https://gitlab.com/g/s/p/-/commit/abc123', {kind: 'merge', number: 5})).toBe(
      'https://gitlab.com/g/s/p/-/merge_requests/5',
    );
    expect(
      changeUrl('https://gitlab.com/g/p/-/commit/abc123', {kind: 'pull', number: 5}),
    ).toBeNull();
    expect(changeUrl(null, {kind: 'pull', number: 5})).toBeNull();
  });
});

describe('release notes', () => {
  const input = {
    pipeline: 'whitewave',
    source: {
      name: 'whitewave-staging',
      version: 42,
      sha: 'aaaaaaa1111',
      createdAt: '2026-12-01T10:00:00Z',
      user: 'maya@whitewave.io',
    },
    targets: [{name: 'whitewave-prod', version: 40, sha: 'bbbbbbb2222'}],
    commits: [
      commit('c1c1c1c1', 'Fix the total (#123)', 'https://github.com/o/r/commit/c1c1c1c1'),
      commit('d2d2d2d2', 'Use *bold* [link](javascript:x) <b>', null, 'priya'),
    ],
    compareUrl: 'https://github.com/o/r/compare/bbbbbbb...aaaaaaa',
  };

  it('names source and target releases, commits with links, numbers, who and when', () => {
    expect(releaseNotes(input)).toBe(
      [
        '## whitewave: whitewave-staging → whitewave-prod',
        '',
        '- From **whitewave-staging** v42 (`aaaaaaa`), released 2026-12-01 10:00:00 UTC by maya@whitewave.io',
        '- To **whitewave-prod** v40 (`bbbbbbb`)',
        '',
        '2 commits ship ([compare](https://github.com/o/r/compare/bbbbbbb...aaaaaaa)):',
        '',
        '- [`c1c1c1c`](https://github.com/o/r/commit/c1c1c1c1) Fix the total (\\#123) ([#123](https://github.com/o/r/pull/123)) — Maya Chen, 2026-12-01',
        '- `d2d2d2d` Use \\*bold\\* \\[link\\](javascript:x) \\<b\\> — priya, 2026-12-01',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing ships, in the past tense once shipped', () => {
    expect(releaseNotes({...input, commits: [], shipped: true})).toContain(
      'Nothing new shipped: the targets already run these commits.',
    );
  });
});
