import {describe, expect, it} from 'vitest';
import {combinedState, type CiCheck} from '../../source/board/ci-status.js';
import {
  githubCheckRunState,
  githubStatusState,
  gitlabState,
  herokuTestRunState,
  parseGitHubStatuses,
  parseGitLabStatuses,
  parseTestRuns,
} from '../../source/ci/mapping.js';

const check = (state: CiCheck['state']): CiCheck => ({
  name: 'x',
  state,
  url: null,
  source: 'github',
});

describe('CI words', () => {
  it('maps every service word, and an unknown one to none', () => {
    expect(['success', 'failure', 'error', 'pending', 'weird'].map(githubStatusState)).toEqual([
      'passed',
      'failed',
      'failed',
      'running',
      'none',
    ]);
    expect(githubCheckRunState('in_progress', null)).toBe('running');
    expect(githubCheckRunState('completed', 'success')).toBe('passed');
    expect(githubCheckRunState('completed', 'timed_out')).toBe('failed');
    expect(githubCheckRunState('completed', 'something-new')).toBe('none');
    expect(['success', 'failed', 'running', 'manual', 'canceled'].map(gitlabState)).toEqual([
      'passed',
      'failed',
      'running',
      'none',
      'failed',
    ]);
    expect(['succeeded', 'errored', 'building', 'odd'].map(herokuTestRunState)).toEqual([
      'passed',
      'failed',
      'running',
      'none',
    ]);
  });

  it('combines checks: failed over running over passed, unknown never passed', () => {
    expect(combinedState([])).toBe('none');
    expect(combinedState([check('passed'), check('failed'), check('running')])).toBe('failed');
    expect(combinedState([check('passed'), check('running')])).toBe('running');
    expect(combinedState([check('passed'), check('passed')])).toBe('passed');
    expect(combinedState([check('passed'), check('none')])).toBe('none');
  });

  it('keeps the newest GitLab status of a retried job, and sanitises names and links', () => {
    const checks = parseGitLabStatuses([
      {name: 'test', status: 'success', target_url: 'https://gitlab.com/j/2'},
      {name: 'test', status: 'failed', target_url: 'https://gitlab.com/j/1'},
      {name: 'evil\u001b[31m', status: 'success', target_url: 'javascript:alert(1)'},
    ]);
    expect(checks).toEqual([
      {name: 'test', state: 'passed', url: 'https://gitlab.com/j/2', source: 'gitlab'},
      {name: expect.not.stringContaining('\u001b'), state: 'passed', url: null, source: 'gitlab'},
    ]);
  });

  it('ignores answers it cannot read', () => {
    expect(parseGitHubStatuses({statuses: 'no'})).toEqual([]);
    expect(parseGitLabStatuses(null)).toEqual([]);
    expect(parseTestRuns([{commit_sha: 'abc', status: 'failed', number: 1}], 'def')).toEqual([]);
  });
});
