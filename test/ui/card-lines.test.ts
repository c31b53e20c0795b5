import {describe, expect, it} from 'vitest';
import {
  commitSegments,
  dynosSegments,
  noteSegments,
  releaseSegments,
  type Segment,
} from '../../source/ui/card-lines.js';
import type {Comparison, DynoGroup} from '../../source/board/types.js';
import {NOW, makeApp} from './fixtures.js';

const text = (segments: Segment[]) => segments.map((s) => s.text).join('');
const group = (g: Partial<DynoGroup>): DynoGroup => ({
  type: 'web',
  quantity: 1,
  size: null,
  up: 0,
  crashed: 0,
  starting: 0,
  idle: 0,
  down: 0,
  ...g,
});

describe('card lines', () => {
  it.each([
    [[group({quantity: 2, up: 2})], 'web 2 up'],
    [[group({quantity: 2, up: 1, crashed: 1})], 'web 1 up 1 crashed'],
    [[group({type: 'worker', crashed: 1})], 'worker 1 crashed'],
    [[group({quantity: 0})], 'web 0'],
    [[group({quantity: 2})], 'web 0/2 up'],
    [[group({up: 1}), group({type: 'worker', starting: 1})], 'web 1 up, worker 1 starting'],
    [[], 'no dynos'],
    [null, 'dynos unknown'],
  ])('dynos %j read "%s"', (dynos, expected) => {
    expect(text(dynosSegments(makeApp('a-staging', 'staging', {dynos})))).toBe(expected);
  });

  it('leaves the dyno line of a review app empty when its dynos were not fetched', () => {
    expect(text(dynosSegments(makeApp('a-pr-1', 'review', {dynos: null})))).toBe('');
    expect(text(dynosSegments(makeApp('a-pr-1', 'review', {dynos: null, maintenance: true})))).toBe(
      'MAINTENANCE ',
    );
  });

  it('colours crashed dynos red and puts maintenance first', () => {
    const app = makeApp('a-staging', 'staging', {maintenance: true, dynos: [group({crashed: 1})]});
    const segments = dynosSegments(app);
    expect(segments[0]).toMatchObject({text: 'MAINTENANCE ', color: 'yellow'});
    expect(segments.find((s) => s.text.includes('crashed'))).toMatchObject({
      color: 'red',
      bold: true,
    });
  });

  it('shows the release, its status, age and who made it', () => {
    const app = makeApp('a-staging', 'staging');
    app.release = {...app.release!, version: 42, status: 'failed', user: 'sam@example.com'};
    app.release.createdAt = new Date(NOW - 2 * 3600_000).toISOString();
    const segments = releaseSegments(app, NOW);
    expect(text(segments)).toBe('v42 failed 2h sam');
    expect(segments[1]).toMatchObject({color: 'red'});
    expect(text(releaseSegments(makeApp('b-staging', 'staging', {release: null}), NOW))).toBe(
      'no releases',
    );
  });

  it('shows the short SHA and the first line, sanitised', () => {
    const app = makeApp('a-staging', 'staging', {
      commit: {sha: '0123456789abcdef', message: 'Fix\u001B[2J it'},
    });
    expect(text(commitSegments(app))).toBe('0123456 Fix it');
    expect(text(commitSegments(makeApp('b-staging', 'staging', {commit: null})))).toBe(
      'no commit known',
    );
  });

  it('shows comparisons from this app, else its naming warning', () => {
    const app = makeApp('a-staging', 'staging', {namingWarning: 'Name says production.'});
    const comparison: Comparison = {
      fromAppId: app.id,
      from: app.name,
      toAppId: 'x',
      to: 'a-prod',
      status: 'behind',
      ahead: 0,
      behind: 1,
      source: 'github',
      reason: null,
    };
    expect(text(noteSegments(app, [comparison]))).toBe(
      '→ a-prod: 1 behind (hotfix only in production)',
    );
    expect(text(noteSegments(app, []))).toBe('⚠ Name says production.');
  });
});
