import {describe, expect, it} from 'vitest';
import {
  describeSetupChange,
  pipelineNameProblem,
  setupConfirmation,
  setupNamingWarning,
  suggestedStage,
} from '../../source/board/pipeline-setup.js';
import {filterUnpiped, unpipedApps} from '../../source/board/unpiped-apps.js';
import type {WireApp, WireCoupling} from '../../source/heroku/wire.js';

describe('pipelineNameProblem', () => {
  it.each(['abc', 'whitewave', 'a-1-b', 'a'.repeat(30), 'w2-eu'])('accepts %s', (name) => {
    expect(pipelineNameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'A pipeline needs a name.'],
    ['ab', 'A pipeline name is 3 to 30 characters long.'],
    ['a'.repeat(31), 'A pipeline name is 3 to 30 characters long.'],
    ['1abc', 'A pipeline name starts with a lowercase letter.'],
    ['-abc', 'A pipeline name starts with a lowercase letter.'],
    ['Whitewave', 'A pipeline name starts with a lowercase letter.'],
    ['white_wave', 'A pipeline name has only lowercase letters, digits and dashes.'],
    ['whiteWave', 'A pipeline name has only lowercase letters, digits and dashes.'],
  ])('refuses "%s" with one sentence', (name, reason) => {
    expect(pipelineNameProblem(name)).toBe(reason);
  });
});

describe('suggestedStage', () => {
  it.each([
    ['whitewave-staging', 'staging'],
    ['whitewave-stg', 'staging'],
    ['whitewave-prod', 'production'],
    ['whitewave-prd', 'production'],
    ['whitewave-production', 'production'],
    ['whitewave-dev', 'development'],
    ['whitewave-development', 'development'],
    ['whitewave-qa', 'development'],
    ['whitewave-test', 'development'],
    ['whitewave-prod-eu', 'production'],
    ['whitewave-staging-us', 'staging'],
    ['whitewave', null],
    ['whitewave-eu', null],
    ['whitewave-pr-12', null],
    ['prod-whitewave', null],
  ])('%s -> %s', (name, stage) => {
    expect(suggestedStage(name)).toBe(stage);
  });
});

describe('setupNamingWarning', () => {
  it('warns when the chosen stage contradicts the suffix', () => {
    expect(setupNamingWarning('whitewave-canary-prod', 'staging')).toBe(
      "whitewave-canary-prod's name says production, but it would be coupled as staging.",
    );
  });

  it('says nothing when the name agrees or names no stage', () => {
    expect(setupNamingWarning('whitewave-prod-eu', 'production')).toBeNull();
    expect(setupNamingWarning('whitewave-api', 'staging')).toBeNull();
  });
});

describe('setupConfirmation', () => {
  it('asks for the typed name for anything touching production, and for a destroy', () => {
    expect(setupConfirmation({kind: 'add', app: 'w-prod', stage: 'production'})).toEqual({
      kind: 'type',
      text: 'w-prod',
    });
    expect(
      setupConfirmation({kind: 'move', app: 'w-stg', from: 'production', to: 'staging'}),
    ).toEqual({kind: 'type', text: 'w-stg'});
    expect(
      setupConfirmation({kind: 'move', app: 'w-stg', from: 'staging', to: 'production'}),
    ).toEqual({kind: 'type', text: 'w-stg'});
    expect(setupConfirmation({kind: 'remove', app: 'w-prod', stage: 'production'})).toEqual({
      kind: 'type',
      text: 'w-prod',
    });
    expect(
      setupConfirmation({kind: 'rename', pipeline: 'w', newName: 'x', hasProduction: true}),
    ).toEqual({kind: 'type', text: 'w'});
    expect(setupConfirmation({kind: 'destroy', pipeline: 'whitewave'})).toEqual({
      kind: 'type',
      text: 'whitewave',
    });
  });

  it('asks y/n for the rest', () => {
    for (const change of [
      {kind: 'create', pipeline: 'w'},
      {kind: 'add', app: 'w-stg', stage: 'staging'},
      {kind: 'move', app: 'w-dev', from: 'development', to: 'staging'},
      {kind: 'remove', app: 'w-dev', stage: 'development'},
      {kind: 'rename', pipeline: 'w', newName: 'x', hasProduction: false},
    ] as const) {
      expect(setupConfirmation(change)).toEqual({kind: 'yes'});
    }
  });

  it('describes a removal and a destroy as keeping the apps', () => {
    expect(describeSetupChange({kind: 'remove', app: 'w-dev', stage: 'development'})).toBe(
      'Remove w-dev from the pipeline; the app itself is kept.',
    );
    expect(describeSetupChange({kind: 'destroy', pipeline: 'w'})).toBe(
      'Destroy pipeline w; its apps are kept.',
    );
  });
});

describe('unpipedApps', () => {
  const app = (id: string, name: string, extra: Partial<WireApp> = {}): WireApp => ({
    id,
    name,
    ...extra,
  });
  const coupling = (appId: string): WireCoupling => ({
    id: `c-${appId}`,
    app: {id: appId},
    pipeline: {id: 'p'},
    stage: 'staging',
  });

  it('keeps apps in no pipeline, once each, by name, with region, team and last release', () => {
    const apps = [
      app('2', 'whitewave-prod-eu', {
        region: {id: 'r', name: 'eu'},
        team: {id: 't', name: 'whitewave'},
        released_at: '2026-11-30T10:00:00Z',
      }),
      app('1', 'avery-sandbox', {region: {id: 'r', name: 'us'}, team: null}),
      app('3', 'whitewave-staging'),
      app('2', 'whitewave-prod-eu'),
    ];
    expect(unpipedApps(apps, [coupling('3')])).toEqual([
      {id: '1', name: 'avery-sandbox', region: 'us', team: null, lastRelease: null},
      {
        id: '2',
        name: 'whitewave-prod-eu',
        region: 'eu',
        team: 'whitewave',
        lastRelease: '2026-11-30T10:00:00Z',
      },
    ]);
  });

  it('survives apps without region, team or release fields', () => {
    expect(unpipedApps([app('1', 'bare')], [])).toEqual([
      {id: '1', name: 'bare', region: null, team: null, lastRelease: null},
    ]);
  });

  it('filters on name, team and region, every word', () => {
    const list = unpipedApps(
      [
        app('1', 'avery-sandbox', {region: {id: 'r', name: 'us'}}),
        app('2', 'whitewave-prod-eu', {
          region: {id: 'r', name: 'eu'},
          team: {id: 't', name: 'whitewave'},
        }),
      ],
      [],
    );
    expect(filterUnpiped(list, 'EU').map((a) => a.name)).toEqual(['whitewave-prod-eu']);
    expect(filterUnpiped(list, 'whitewave us')).toEqual([]);
    expect(filterUnpiped(list, '  ')).toHaveLength(2);
  });
});
