import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/build-board.js';
import {statusDocument, statusText} from '../../source/board/status-document.js';
import type {Board, Comparison} from '../../source/board/types.js';
import type {PipelineSnapshot} from '../../source/heroku/snapshot-types.js';
import {NOW, PROD_SHA, STAGING_SHA, snapshotFixture} from './snapshot-fixture.js';

const ahead: Comparison = {
  fromAppId: 'app-staging',
  from: 'whitewave-staging',
  toAppId: 'app-prod',
  to: 'whitewave-prod',
  status: 'behind',
  ahead: 0,
  behind: 1,
  source: 'github',
  reason: null,
};

describe('statusDocument', () => {
  const board = buildBoard(snapshotFixture(), [ahead]);
  const doc = statusDocument(board);

  it('lists the pipeline and all four stages in board order', () => {
    expect(doc.pipeline).toEqual({id: 'pipe-1', name: 'whitewave'});
    expect(doc.stages.map((s) => [s.name, s.apps.map((a) => a.name)])).toEqual([
      ['review', ['whitewave-pr-12']],
      ['development', ['whitewave-dev']],
      ['staging', ['whitewave-next-prod', 'whitewave-staging']],
      ['production', ['whitewave-prod']],
    ]);
  });

  it('describes an app with its release, commit, deployed release and dynos', () => {
    expect(doc.stages[3]?.apps[0]).toEqual({
      id: 'app-prod',
      name: 'whitewave-prod',
      release: {
        id: 'app-prod-v41',
        version: 41,
        status: 'failed',
        description: 'Deploy c0ffee12',
        createdAt: '2025-06-01T10:00:00Z',
        user: 'ada@example.com',
      },
      commit: {sha: PROD_SHA, message: 'Add login'},
      deployedRelease: {id: 'app-prod-v40', version: 40},
      maintenance: true,
      dynos: [
        {
          type: 'web',
          quantity: 2,
          size: 'performance-m',
          up: 1,
          crashed: 0,
          starting: 1,
          idle: 0,
          down: 0,
        },
        {type: 'clock', quantity: 1, size: null, up: 1, crashed: 0, starting: 0, idle: 0, down: 0},
      ],
      namingWarning: null,
      ci: {state: 'none', checks: [], reason: null},
    });
  });

  it('uses null, never an absent key, for what is unknown', () => {
    const fresh = doc.stages[1]?.apps[0];
    expect(fresh).toEqual({
      id: 'app-new',
      name: 'whitewave-dev',
      release: null,
      commit: null,
      deployedRelease: null,
      maintenance: false,
      dynos: null,
      namingWarning: null,
      ci: {state: 'none', checks: [], reason: null},
    });
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(fresh);
  });

  it('carries the naming warning and the comparisons', () => {
    expect(doc.stages[2]?.apps[0]?.namingWarning).toBe(
      'Name says production but the app is coupled as staging.',
    );
    expect(doc.comparisons).toEqual([
      {
        from: 'whitewave-staging',
        to: 'whitewave-prod',
        status: 'behind',
        ahead: 0,
        behind: 1,
        source: 'github',
        reason: null,
      },
    ]);
  });

  it('keeps all four stages for an empty pipeline, and for a board missing columns', () => {
    const empty = statusDocument(buildBoard({pipeline: {id: 'p', name: 'e'}} as PipelineSnapshot));
    expect(empty.stages).toEqual([
      {name: 'review', apps: []},
      {name: 'development', apps: []},
      {name: 'staging', apps: []},
      {name: 'production', apps: []},
    ]);
    const partial: Board = {...board, columns: board.columns.filter((c) => c.stage === 'staging')};
    expect(statusDocument(partial).stages.map((s) => [s.name, s.apps.length])).toEqual([
      ['review', 0],
      ['development', 0],
      ['staging', 2],
      ['production', 0],
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('statusText', () => {
  it('prints one block per non-empty stage and the comparisons', () => {
    const snapshot = snapshotFixture();
    snapshot.couplings = snapshot.couplings.filter((c) => c.app.id !== 'app-review');
    const text = statusText(buildBoard(snapshot, [ahead]), NOW);
    expect(text).toBe(
      [
        'Pipeline whitewave',
        '',
        'development',
        '  whitewave-dev        -    -   -                        no releases',
        '',
        'staging',
        '  whitewave-next-prod  v7   1h  d4e5f60  Move to Fir     succeeded',
        '    ! Name says production but the app is coupled as staging.',
        '  whitewave-staging    v43  3m  a1b2c3d  Fix the header  succeeded',
        '',
        'production',
        '  whitewave-prod       v41  2h  b2c3d4e  Add login       failed, runs v40, maintenance',
        '',
        'comparisons',
        '  whitewave-staging -> whitewave-prod: 1 behind (hotfix only in production)',
        '',
      ].join('\n'),
    );
  });

  it('derived comparisons read as plain words', () => {
    const text = statusText(buildBoard(snapshotFixture()), NOW);
    expect(text).toContain('  whitewave-staging -> whitewave-prod: different code\n');
    expect(text).toContain(
      '  whitewave-dev -> whitewave-staging: unknown: whitewave-dev has no release with a commit\n',
    );
    expect(text).toContain(`${STAGING_SHA.slice(0, 7)}  Fix the header`);
  });

  it('says so when the pipeline has no apps', () => {
    const text = statusText(buildBoard({pipeline: {id: 'p', name: 'e'}} as PipelineSnapshot), NOW);
    expect(text).toBe('Pipeline e\n\nNo apps in this pipeline.\n');
  });

  it('prints no control characters even for a board built elsewhere', () => {
    const board = buildBoard(snapshotFixture());
    const staging = board.columns[2]?.apps[1];
    if (!staging?.commit) throw new Error('fixture changed');
    staging.name = 'evil\x1b]0;pwned\x07-staging';
    staging.commit.message = 'msg\x1b[2J\x9b31m\r\nmore';
    const text = statusText(board, NOW);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toContain('evil-staging');
    expect(text).toContain('msg more');
  });

  it('clips a very long commit subject', () => {
    const snapshot = snapshotFixture();
    snapshot.slugs['slug-42'] = {
      id: 'slug-42',
      commit: STAGING_SHA,
      commit_description: 'x'.repeat(200),
    };
    const line = statusText(buildBoard(snapshot), NOW)
      .split('\n')
      .find((l) => l.includes('whitewave-staging  '));
    expect(line).toContain(`${'x'.repeat(59)}…`);
    expect(line).not.toContain('x'.repeat(60));
  });
});

describe('status document CI', () => {
  it('carries the CI status handed in for an app, and none for the others', () => {
    const board = buildBoard(snapshotFixture());
    const first = board.columns.flatMap((c) => c.apps)[0]!;
    const ci = {
      state: 'failed' as const,
      checks: [{name: 'test', state: 'failed' as const, url: null, source: 'gitlab' as const}],
      reason: null,
    };
    const document = statusDocument(board, new Map([[first.id, ci]]));
    const apps = document.stages.flatMap((s) => s.apps);
    expect(apps.find((a) => a.id === first.id)?.ci).toEqual(ci);
    expect(apps.filter((a) => a.id !== first.id).every((a) => a.ci.state === 'none')).toBe(true);
  });
});
