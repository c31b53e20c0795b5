import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/build-board.js';
import type {AppCard, Board, Comparison} from '../../source/board/types.js';
import type {PipelineSnapshot} from '../../source/heroku/snapshot-types.js';
import {STAGING_SHA, snapshotFixture} from './snapshot-fixture.js';

function card(board: Board, id: string): AppCard {
  const found = board.columns.flatMap((c) => c.apps).find((a) => a.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

describe('buildBoard edge cases', () => {
  it('uses the comparisons it is given', () => {
    const given: Comparison[] = [
      {
        fromAppId: 'app-staging',
        from: 'whitewave-staging',
        toAppId: 'app-prod',
        to: 'whitewave-prod',
        status: 'ahead',
        ahead: 3,
        behind: 0,
        source: 'github',
        reason: null,
      },
    ];
    expect(buildBoard(snapshotFixture(), given).comparisons).toEqual(given);
  });

  it('keeps empty columns and reports identical SHAs as in sync', () => {
    const snapshot = snapshotFixture();
    snapshot.couplings = snapshot.couplings.filter((c) =>
      ['app-staging', 'app-prod'].includes(c.app.id),
    );
    snapshot.slugs['slug-40'] = {id: 'slug-40', commit: STAGING_SHA};
    const board = buildBoard(snapshot);
    expect(board.columns.map((c) => [c.stage, c.apps.length])).toEqual([
      ['review', 0],
      ['development', 0],
      ['staging', 1],
      ['production', 1],
    ]);
    expect(board.comparisons).toEqual([
      {
        fromAppId: 'app-staging',
        from: 'whitewave-staging',
        toAppId: 'app-prod',
        to: 'whitewave-prod',
        status: 'identical',
        ahead: 0,
        behind: 0,
        source: 'none',
        reason: null,
      },
    ]);
  });

  it('builds an empty board from an empty snapshot', () => {
    const board = buildBoard({pipeline: {id: 'p', name: 'empty'}} as PipelineSnapshot);
    expect(board.columns.every((c) => c.apps.length === 0)).toBe(true);
    expect(board.columns).toHaveLength(4);
    expect(board.comparisons).toEqual([]);
  });

  it('survives missing fields everywhere', () => {
    const sparse = {
      pipeline: {id: 'p', name: 'sparse'},
      couplings: [
        {id: 'c1', app: {id: 'a1', name: 'from-coupling-prod'}, stage: 'production'},
        {id: 'c2', app: {id: 'a2'}, stage: 'staging'},
        {id: 'c3', stage: 'staging'},
        {id: 'c4', app: {id: 'a3'}},
        {id: 'c1-again', app: {id: 'a1'}, stage: 'staging'},
      ],
      apps: [{id: 'a2', name: 'sparse-staging', stack: null, region: {id: 'r'}}],
      latestReleases: [
        {id: 'r1', version: 5, status: 'succeeded', slug: {id: 'gone'}, app: {id: 'a1'}},
        {id: 'r2', version: 9, app: {id: 'a2'}, slug: {id: 'slug-2'}},
        {id: 'orphan', version: 1},
      ],
      slugs: {'slug-2': {id: 'slug-2'}},
      dynos: {
        a2: [
          {name: 'web.1', state: 'up'},
          {name: 'worker.1', type: 'worker'},
        ],
      },
    } as unknown as PipelineSnapshot;
    const board = buildBoard(sparse);
    const prod = card(board, 'a1');
    expect(prod.name).toBe('from-coupling-prod');
    expect(prod.stage).toBe('production');
    // No deployed-release entry: the succeeded latest release with a slug stands in,
    // but its slug was not fetched, so the commit is unknown.
    expect(prod.deployedRelease?.id).toBe('r1');
    expect(prod.commit).toBeNull();
    expect(prod.dynos).toBeNull();
    const staging = card(board, 'a2');
    expect(staging.release).toMatchObject({version: 9, status: 'succeeded', createdAt: ''});
    expect(staging.commit).toBeNull();
    expect(staging.region).toBeNull();
    expect(staging.dynos).toEqual([
      {type: 'web', quantity: 1, size: null, up: 1, crashed: 0, starting: 0, idle: 0, down: 0},
      {type: 'worker', quantity: 1, size: null, up: 0, crashed: 0, starting: 0, idle: 0, down: 0},
    ]);
    expect(board.columns.flatMap((c) => c.apps).map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('does not stand in a failed latest release for the deployed one', () => {
    const snapshot = snapshotFixture();
    delete snapshot.deployedReleases['app-prod'];
    const prod = card(buildBoard(snapshot), 'app-prod');
    expect(prod.deployedRelease).toBeNull();
    expect(prod.commit).toBeNull();
  });

  it('sanitises every outside string on a card', () => {
    const snapshot = snapshotFixture();
    snapshot.apps[1] = {
      id: 'app-staging',
      name: 'whitewave-\u202Egnigats',
      region: {id: 'r', name: 'e\x07u'},
    };
    snapshot.slugs['slug-42'] = {
      id: 'slug-42',
      commit: `\x1b[2J${STAGING_SHA}`,
      commit_description: '\x1b]0;pwned\x07Fix \x1b[31mthe\x1b[0m header\r\nbody',
    };
    snapshot.dynos['app-staging'] = [{name: 'web.1', type: 'w\x1b[1Aeb', state: 'up'}];
    snapshot.formations['app-staging'] = [];
    const staging = card(buildBoard(snapshot), 'app-staging');
    expect(staging.name).toBe('whitewave-gnigats');
    expect(staging.region).toBe('eu');
    expect(staging.commit).toEqual({sha: STAGING_SHA, message: 'Fix the header'});
    expect(staging.dynos?.[0]?.type).toBe('web');
  });

  it('picks the highest version when latest releases list an app twice', () => {
    const snapshot = snapshotFixture();
    snapshot.latestReleases.push({
      id: 'old',
      version: 12,
      status: 'succeeded',
      created_at: '2020-01-01T00:00:00Z',
      app: {id: 'app-staging'},
    });
    expect(card(buildBoard(snapshot), 'app-staging').release?.version).toBe(43);
  });
});
