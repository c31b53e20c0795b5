import {describe, expect, it} from 'vitest';
import {buildBoard, toPipelineSummary, toRelease} from '../../source/board/build-board.js';
import type {AppCard, Board} from '../../source/board/types.js';
import type {WireRelease} from '../../source/heroku/wire.js';
import {FIR_SHA, PROD_SHA, REVIEW_SHA, STAGING_SHA, snapshotFixture} from './snapshot-fixture.js';

function card(board: Board, id: string): AppCard {
  const found = board.columns.flatMap((c) => c.apps).find((a) => a.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

describe('toPipelineSummary', () => {
  it('maps every field', () => {
    expect(toPipelineSummary(snapshotFixture().pipeline)).toEqual({
      id: 'pipe-1',
      name: 'whitewave',
      ownerType: 'team',
      ownerId: 'team-1',
      createdAt: '2024-01-01T00:00:00Z',
      generation: 'cedar',
    });
  });

  it('copes with a bare pipeline and odd values', () => {
    expect(
      toPipelineSummary({
        id: 'p',
        name: 'x\x1b[2Jy',
        owner: null,
        generation: {name: 'odd'},
      } as never),
    ).toEqual({
      id: 'p',
      name: 'xy',
      ownerType: null,
      ownerId: null,
      createdAt: null,
      generation: null,
    });
  });
});

describe('toRelease', () => {
  it('maps a full release', () => {
    const wire: WireRelease = {
      id: 'r1',
      version: 42,
      status: 'succeeded',
      current: true,
      description: 'Deploy a1b2c3d4',
      user: {id: 'u', email: 'ada@example.com'},
      slug: {id: 'slug-1'},
      oci_image: null,
      output_stream_url: 'https://release-output.heroku.com/streams/r1',
      eligible_for_rollback: true,
      created_at: '2025-06-01T11:00:00Z',
    };
    expect(toRelease(wire)).toEqual({
      id: 'r1',
      version: 42,
      status: 'succeeded',
      description: 'Deploy a1b2c3d4',
      createdAt: '2025-06-01T11:00:00Z',
      user: 'ada@example.com',
      current: true,
      eligibleForRollback: true,
      slugId: 'slug-1',
      ociImageId: null,
      outputStreamUrl: 'https://release-output.heroku.com/streams/r1',
    });
  });

  it('fills in every missing field', () => {
    expect(toRelease({id: 'r2'} as WireRelease)).toEqual({
      id: 'r2',
      version: 0,
      status: 'succeeded',
      description: '',
      createdAt: '',
      user: null,
      current: false,
      eligibleForRollback: false,
      slugId: null,
      ociImageId: null,
      outputStreamUrl: null,
    });
  });

  it('sanitises the description and user, and reads an unknown status as pending', () => {
    const release = toRelease({
      id: 'r3',
      version: 3,
      status: 'exploded' as never,
      description: 'Set \x1b]0;pwned\x07FOO\nconfig vars',
      user: {id: 'u', email: 'eve\x1b[2J@example.com'},
      created_at: '2025-06-01T11:00:00Z',
    });
    expect(release.status).toBe('pending');
    expect(release.description).toBe('Set FOO config vars');
    expect(release.user).toBe('eve@example.com');
  });

  it('keeps a Fir release’s OCI image', () => {
    const release = toRelease({
      id: 'r4',
      version: 4,
      status: 'failed',
      created_at: 'x',
      oci_image: {id: 'oci-4'},
    });
    expect(release).toMatchObject({status: 'failed', slugId: null, ociImageId: 'oci-4'});
  });
});

describe('buildBoard over the fixture', () => {
  const board = buildBoard(snapshotFixture());

  it('has the four stages in order, without the test stage', () => {
    expect(board.columns.map((c) => c.stage)).toEqual([
      'review',
      'development',
      'staging',
      'production',
    ]);
    expect(board.columns.flatMap((c) => c.apps.map((a) => a.id))).not.toContain('app-ci');
  });

  it('sorts apps by name within a stage', () => {
    expect(board.columns.map((c) => c.apps.map((a) => a.name))).toEqual([
      ['whitewave-pr-12'],
      ['whitewave-dev'],
      ['whitewave-next-prod', 'whitewave-staging'],
      ['whitewave-prod'],
    ]);
  });

  it('takes the commit from the deploy under a config change', () => {
    const staging = card(board, 'app-staging');
    expect(staging.release).toMatchObject({version: 43, description: 'Set FOO config vars'});
    expect(staging.deployedRelease).toMatchObject({version: 42, slugId: 'slug-42'});
    expect(staging.commit).toEqual({sha: STAGING_SHA, message: 'Fix the header'});
  });

  it('shows a failed deploy on top while the commit stays the one that runs', () => {
    const prod = card(board, 'app-prod');
    expect(prod.release).toMatchObject({version: 41, status: 'failed'});
    expect(prod.deployedRelease).toMatchObject({version: 40, status: 'succeeded'});
    expect(prod.commit).toEqual({sha: PROD_SHA, message: 'Add login'});
  });

  it('reads a Fir app’s commit from its OCI image', () => {
    const fir = card(board, 'app-fir');
    expect(fir.commit).toEqual({sha: FIR_SHA, message: 'Move to Fir'});
    expect(fir.generation).toBe('fir');
    expect(fir.namingWarning).toBe('Name says production but the app is coupled as staging.');
  });

  it('keeps an app with no releases', () => {
    expect(card(board, 'app-new')).toEqual({
      id: 'app-new',
      name: 'whitewave-dev',
      stage: 'development',
      release: null,
      deployedRelease: null,
      commit: null,
      maintenance: false,
      dynos: null,
      stack: null,
      region: null,
      webUrl: null,
      generation: 'cedar',
      namingWarning: null,
    });
  });

  it('gives a null message when the slug has no description', () => {
    expect(card(board, 'app-review').commit).toEqual({sha: REVIEW_SHA, message: null});
  });

  it('maps app fields', () => {
    expect(card(board, 'app-prod')).toMatchObject({
      maintenance: true,
      stack: 'heroku-24',
      region: 'eu',
      webUrl: 'https://whitewave-prod.herokuapp.com/',
      generation: 'cedar',
      namingWarning: null,
    });
  });

  it('groups dynos by formation, web first, with state counts', () => {
    expect(card(board, 'app-staging').dynos).toEqual([
      {
        type: 'web',
        quantity: 1,
        size: 'standard-1x',
        up: 1,
        crashed: 0,
        starting: 0,
        idle: 0,
        down: 0,
      },
      {
        type: 'worker',
        quantity: 1,
        size: 'basic',
        up: 0,
        crashed: 1,
        starting: 0,
        idle: 0,
        down: 0,
      },
    ]);
  });

  it('leaves out one-off dynos and counts a type missing from the formation', () => {
    expect(card(board, 'app-prod').dynos).toEqual([
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
    ]);
  });

  it('derives SHA comparisons for every compared pair when none are given', () => {
    expect(board.comparisons.map((c) => [c.from, c.to, c.status, c.reason])).toEqual([
      [
        'whitewave-pr-12',
        'whitewave-next-prod',
        'unknown',
        'Different code; no commit comparison is available.',
      ],
      [
        'whitewave-pr-12',
        'whitewave-staging',
        'unknown',
        'Different code; no commit comparison is available.',
      ],
      [
        'whitewave-dev',
        'whitewave-next-prod',
        'unknown',
        'whitewave-dev has no release with a commit.',
      ],
      [
        'whitewave-dev',
        'whitewave-staging',
        'unknown',
        'whitewave-dev has no release with a commit.',
      ],
      [
        'whitewave-next-prod',
        'whitewave-prod',
        'unknown',
        'Different code; no commit comparison is available.',
      ],
      [
        'whitewave-staging',
        'whitewave-prod',
        'unknown',
        'Different code; no commit comparison is available.',
      ],
    ]);
  });

  it('does not change the snapshot', () => {
    const snapshot = snapshotFixture();
    const before = structuredClone(snapshot);
    buildBoard(snapshot);
    expect(snapshot).toEqual(before);
  });
});
