import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/build-board.js';
import {
  appsInStage,
  findApp,
  isBoardStage,
  namingWarning,
  nextStage,
  stageFromName,
  stageOfApp,
  stageRank,
} from '../../source/board/stages.js';
import {STAGES, type Stage} from '../../source/board/types.js';
import {snapshotFixture} from './snapshot-fixture.js';

describe('stage order', () => {
  it('ranks stages left to right', () => {
    expect(STAGES.map(stageRank)).toEqual([0, 1, 2, 3]);
    expect(stageRank('review')).toBeLessThan(stageRank('production'));
  });

  it.each([
    ['review', true],
    ['development', true],
    ['staging', true],
    ['production', true],
    ['test', false],
    ['', false],
    ['Production', false],
    ['prod', false],
  ])('isBoardStage(%j) is %s', (stage, expected) => {
    expect(isBoardStage(stage)).toBe(expected);
  });

  it.each<[Stage, Stage | null]>([
    ['review', 'staging'],
    ['development', 'staging'],
    ['staging', 'production'],
    ['production', null],
  ])('nextStage(%s) is %s', (stage, expected) => {
    expect(nextStage(stage)).toBe(expected);
  });
});

describe('stageFromName', () => {
  it.each<[string, Stage | null]>([
    ['whitewave-dev', 'development'],
    ['whitewave-development', 'development'],
    ['whitewave-qa', 'development'],
    ['whitewave-test', 'development'],
    ['whitewave-stg', 'staging'],
    ['whitewave-staging', 'staging'],
    ['whitewave-stage', 'staging'],
    ['whitewave-prd', 'production'],
    ['whitewave-prod', 'production'],
    ['whitewave-production', 'production'],
    ['whitewave-pr-123', 'review'],
    ['whitewave-staging-pr-7', 'review'],
    ['WhiteWave-PROD', 'production'],
    ['whitewave', null],
    ['whitewave-api', null],
    ['product', null],
    ['whitewave-prod-eu', null],
    ['whitewaveprod', null],
    ['whitewave-pr-abc', null],
    ['dev', null],
    ['', null],
  ])('%j -> %s', (name, expected) => {
    expect(stageFromName(name)).toBe(expected);
  });
});

describe('namingWarning', () => {
  it.each<[string, Stage, string | null]>([
    ['whitewave-prod', 'staging', 'Name says production but the app is coupled as staging.'],
    ['whitewave-staging', 'production', 'Name says staging but the app is coupled as production.'],
    ['whitewave-dev', 'production', 'Name says development but the app is coupled as production.'],
    ['whitewave-pr-12', 'staging', 'Name says review but the app is coupled as staging.'],
    ['whitewave-prod', 'production', null],
    ['whitewave-stg', 'staging', null],
    ['whitewave-qa', 'development', null],
    ['whitewave-pr-12', 'review', null],
    ['whitewave', 'production', null],
    ['whitewave-eu', 'staging', null],
  ])('%s coupled as %s', (name, stage, expected) => {
    expect(namingWarning(name, stage)).toBe(expected);
  });
});

describe('stageOfApp', () => {
  it('finds the column of an app, null for an unknown one', () => {
    const board = buildBoard(snapshotFixture());
    expect(stageOfApp(board, 'app-prod')).toBe('production');
    expect(stageOfApp(board, 'app-review')).toBe('review');
    expect(stageOfApp(board, 'app-ci')).toBeNull();
    expect(stageOfApp(board, 'nope')).toBeNull();
  });
});

describe('appsInStage and findApp', () => {
  it('gives a stage its apps in board order and finds an app by id', () => {
    const board = buildBoard(snapshotFixture());
    expect(appsInStage(board, 'production').map((a) => a.id)).toEqual(['app-prod']);
    expect(appsInStage({columns: []}, 'staging')).toEqual([]);
    expect(findApp(board, 'app-review')?.stage).toBe('review');
    expect(findApp(board, 'app-ci')).toBeNull();
    expect(findApp(null, 'app-prod')).toBeNull();
  });
});
