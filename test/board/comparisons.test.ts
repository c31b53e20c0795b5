import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/build-board.js';
import {
  DIFFERENT_CODE_REASON,
  codePairKey,
  comparedPairs,
  comparisonFromCommitComparison,
  comparisonFromShas,
  comparisonLabel,
  comparisonsByUpstream,
  mergeComparisons,
  unknownComparison,
} from '../../source/board/comparisons.js';
import {STAGES} from '../../source/board/types.js';
import type {
  AppCard,
  CommitComparison,
  Comparison,
  Stage,
  StageColumn,
} from '../../source/board/types.js';
import {snapshotFixture} from './snapshot-fixture.js';

function app(id: string, stage: Stage, sha: string | null = null): AppCard {
  return {
    id,
    name: id,
    stage,
    release: null,
    deployedRelease: null,
    commit: sha === null ? null : {sha, message: null},
    maintenance: false,
    dynos: null,
    stack: null,
    region: null,
    webUrl: null,
    generation: null,
    namingWarning: null,
  };
}

function columns(apps: AppCard[]): StageColumn[] {
  return STAGES.map((stage) => ({stage, apps: apps.filter((a) => a.stage === stage)}));
}

const pairNames = (pairs: Array<{from: AppCard; to: AppCard}>) =>
  pairs.map(({from, to}) => `${from.id}>${to.id}`);

describe('comparedPairs', () => {
  it.each<[string, AppCard[], string[]]>([
    ['staging against production', [app('stg', 'staging'), app('prd', 'production')], ['stg>prd']],
    [
      'development against staging with review empty',
      [app('dev', 'development'), app('stg', 'staging'), app('prd', 'production')],
      ['dev>stg', 'stg>prd'],
    ],
    [
      'review and development both against staging',
      [app('pr-1', 'review'), app('dev', 'development'), app('stg', 'staging')],
      ['pr-1>stg', 'dev>stg'],
    ],
    [
      'one staging app against every production app',
      [app('stg', 'staging'), app('prd-eu', 'production'), app('prd-us', 'production')],
      ['stg>prd-eu', 'stg>prd-us'],
    ],
    [
      'every upstream app against every downstream app',
      [
        app('d1', 'development'),
        app('d2', 'development'),
        app('s1', 'staging'),
        app('s2', 'staging'),
      ],
      ['d1>s1', 'd1>s2', 'd2>s1', 'd2>s2'],
    ],
    [
      'no staging: development has nothing to compare with',
      [app('dev', 'development'), app('prd', 'production')],
      [],
    ],
    ['production only', [app('prd', 'production')], []],
    ['nothing', [], []],
  ])('%s', (_name, apps, expected) => {
    expect(pairNames(comparedPairs({columns: columns(apps)}))).toEqual(expected);
  });

  it('never compares an app with itself or skips a stage', () => {
    const pairs = comparedPairs(buildBoard(snapshotFixture()));
    for (const {from, to} of pairs) {
      expect(from.id).not.toBe(to.id);
      expect(from.stage === 'staging' ? 'production' : 'staging').toBe(to.stage);
    }
  });
});

describe('comparisonsByUpstream', () => {
  it('groups comparisons by their upstream app, in order, once per array', () => {
    const staging = app('stg', 'staging', 'a1');
    const list: Comparison[] = [
      comparisonFromShas(staging, app('prod-eu', 'production', 'a1')),
      comparisonFromShas(app('dev', 'development', 'b2'), staging),
      comparisonFromShas(staging, app('prod-us', 'production', 'c3')),
    ];
    const index = comparisonsByUpstream(list);
    expect(index.get('stg')?.map((c) => c.toAppId)).toEqual(['prod-eu', 'prod-us']);
    expect(index.get('dev')).toEqual([list[1]]);
    expect(index.get('prod-eu')).toBeUndefined();
    expect(comparisonsByUpstream(list)).toBe(index);
    expect(comparisonsByUpstream([...list])).not.toBe(index);
  });
});

describe('comparisonFromShas', () => {
  const identity = {fromAppId: 'stg', from: 'stg', toAppId: 'prd', to: 'prd', source: 'none'};
  it.each<[string, string | null, string | null, Partial<Comparison>]>([
    ['same SHA', 'aaa', 'aaa', {status: 'identical', ahead: 0, behind: 0, reason: null}],
    [
      'different SHAs',
      'aaa',
      'bbb',
      {status: 'unknown', ahead: null, behind: null, reason: DIFFERENT_CODE_REASON},
    ],
    [
      'downstream has no commit',
      'aaa',
      null,
      {status: 'unknown', reason: 'prd has no release with a commit.'},
    ],
    [
      'upstream has no commit',
      null,
      'bbb',
      {status: 'unknown', reason: 'stg has no release with a commit.'},
    ],
    [
      'neither has a commit',
      null,
      null,
      {status: 'unknown', reason: 'Neither stg nor prd has a release with a commit.'},
    ],
  ])('%s', (_name, fromSha, toSha, expected) => {
    const c = comparisonFromShas(app('stg', 'staging', fromSha), app('prd', 'production', toSha));
    expect(c).toMatchObject({...identity, ...expected});
  });

  it('uses the example reason for a production app without a commit', () => {
    const c = comparisonFromShas(
      app('whitewave-staging', 'staging', 'a'),
      app('whitewave-prod', 'production'),
    );
    expect(c.reason).toBe('whitewave-prod has no release with a commit.');
  });
});

// A diff source's answer: unknown from GitHub with no reason, unless told otherwise.
function result(fields: Partial<CommitComparison>): CommitComparison {
  return {...unknownComparison('', 'github'), reason: null, ...fields};
}

describe('comparisonFromCommitComparison', () => {
  const stg = app('stg', 'staging', 'aaa');
  const prd = app('prd', 'production', 'bbb');

  it.each<[string, Partial<CommitComparison>, Partial<Comparison>]>([
    [
      'ahead',
      {status: 'ahead', ahead: 3, behind: 0},
      {status: 'ahead', ahead: 3, behind: 0, source: 'github', reason: null},
    ],
    [
      'behind',
      {status: 'behind', ahead: 0, behind: 1, source: 'local-git'},
      {status: 'behind', ahead: 0, behind: 1, source: 'local-git'},
    ],
    [
      'diverged',
      {status: 'diverged', ahead: 3, behind: 1},
      {status: 'diverged', ahead: 3, behind: 1},
    ],
    ['identical without counts', {status: 'identical'}, {status: 'identical', ahead: 0, behind: 0}],
    [
      'nonsense counts become null',
      {status: 'ahead', ahead: -1, behind: Number.NaN},
      {ahead: null, behind: null},
    ],
    [
      'unknown keeps the source’s reason, sanitised',
      {status: 'unknown', source: 'none', reason: 'Not connected to \x1b[31mGitHub\x1b[0m.'},
      {status: 'unknown', source: 'none', reason: 'Not connected to GitHub.', ahead: null},
    ],
    [
      'unknown without a reason falls back to the SHA reason',
      {status: 'unknown', source: 'none'},
      {reason: DIFFERENT_CODE_REASON},
    ],
  ])('%s', (_name, fields, expected) => {
    expect(comparisonFromCommitComparison(stg, prd, result(fields))).toMatchObject({
      fromAppId: 'stg',
      toAppId: 'prd',
      ...expected,
    });
  });

  it('still says in sync when the source could not compare the same SHA', () => {
    const c = comparisonFromCommitComparison(
      stg,
      app('prd', 'production', 'aaa'),
      result({reason: 'Not connected.'}),
    );
    expect(c).toMatchObject({status: 'identical', ahead: 0, behind: 0, reason: null});
  });

  it('keeps a missing-commit reason when the source gives none', () => {
    const c = comparisonFromCommitComparison(
      stg,
      app('prd', 'production'),
      result({source: 'none'}),
    );
    expect(c.reason).toBe('prd has no release with a commit.');
  });
});

function comparison(fields: Partial<Comparison>): Comparison {
  return {
    fromAppId: 'stg',
    from: 'whitewave-staging',
    toAppId: 'prd',
    to: 'whitewave-prod',
    status: 'unknown',
    ahead: null,
    behind: null,
    source: 'github',
    reason: null,
    ...fields,
  };
}

describe('comparisonLabel', () => {
  it.each<[string, Partial<Comparison>, Stage | undefined, string]>([
    ['ahead', {status: 'ahead', ahead: 3, behind: 0}, undefined, '3 ahead'],
    ['in sync', {status: 'identical', ahead: 0, behind: 0}, undefined, 'in sync'],
    [
      'behind, stage given',
      {status: 'behind', ahead: 0, behind: 1},
      'production',
      '1 behind (hotfix only in production)',
    ],
    [
      'behind, staging downstream',
      {status: 'behind', ahead: 0, behind: 2},
      'staging',
      '2 behind (hotfix only in staging)',
    ],
    [
      'behind, no stage: the app',
      {status: 'behind', ahead: 0, behind: 1},
      undefined,
      '1 behind (hotfix only in whitewave-prod)',
    ],
    [
      'diverged',
      {status: 'diverged', ahead: 3, behind: 1},
      undefined,
      'diverged: 3 ahead, 1 behind',
    ],
    ['ahead without a count', {status: 'ahead'}, undefined, '? ahead'],
    [
      'different code',
      {status: 'unknown', source: 'none', reason: DIFFERENT_CODE_REASON},
      undefined,
      'different code',
    ],
    [
      'unknown with a reason',
      {status: 'unknown', reason: 'whitewave-prod has no release with a commit.'},
      undefined,
      'unknown: whitewave-prod has no release with a commit',
    ],
    [
      'unknown, sentence capital lowered',
      {status: 'unknown', reason: 'Not connected to GitHub.'},
      undefined,
      'unknown: not connected to GitHub',
    ],
    [
      'unknown, a name keeps its capitals',
      {status: 'unknown', reason: 'GitHub refused the token.'},
      undefined,
      'unknown: GitHub refused the token',
    ],
    ['unknown without a reason', {status: 'unknown'}, undefined, 'unknown'],
  ])('%s', (_name, fields, stage, expected) => {
    expect(comparisonLabel(comparison(fields), stage)).toBe(expected);
  });
});

describe('mergeComparisons', () => {
  it('replaces the same pairs in place and appends new ones', () => {
    const a = comparison({fromAppId: 'a', toAppId: 'x'});
    const b = comparison({fromAppId: 'b', toAppId: 'x'});
    const b2 = comparison({fromAppId: 'b', toAppId: 'x', status: 'ahead', ahead: 2, behind: 0});
    const c = comparison({fromAppId: 'c', toAppId: 'x'});
    expect(mergeComparisons([a, b], [c, b2])).toEqual([a, b2, c]);
    expect(mergeComparisons([a], [])).toEqual([a]);
  });
});

describe('codePairKey', () => {
  it('is the same for new cards of the same apps and commits, and changes with a commit', () => {
    const stg = app('stg', 'staging', 'aaa');
    const prd = app('prd', 'production', 'bbb');
    expect(codePairKey({...stg}, {...prd})).toBe(codePairKey(stg, prd));
    expect(codePairKey(app('stg', 'staging', 'ccc'), prd)).not.toBe(codePairKey(stg, prd));
    expect(codePairKey(prd, stg)).not.toBe(codePairKey(stg, prd));
  });
});
