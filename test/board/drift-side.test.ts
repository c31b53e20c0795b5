import {describe, expect, it} from 'vitest';
import {buildDrift, type DriftSide} from '../../source/board/drift.js';
import {buildpackLabel, driftSideFromWire} from '../../source/board/drift-side.js';

describe('driftSideFromWire', () => {
  it('maps wire shapes, sanitises outside text and tolerates missing fields', () => {
    const result = driftSideFromWire({
      appId: 'id-1',
      appName: 'shop-\u001b[2Jstaging',
      stage: 'staging',
      app: {id: 'id-1', name: 'shop-staging', stack: {id: 's', name: 'heroku-24'}, region: null},
      config: {'EVIL\u001b]0;pwned\u0007_NAME': 0, PLAIN: 1},
      addons: [
        {
          name: 'pg-1',
          addon_service: {name: 'heroku-postgresql'},
          plan: {name: 'heroku-postgresql:essential-0'},
        },
        {
          name: 'gone',
          addon_service: {name: 'papertrail'},
          plan: {name: 'papertrail:choklad'},
          state: 'deprovisioned',
        },
      ],
      formation: [
        {type: 'web', quantity: 2, dyno_size: {name: 'Standard-1X'}},
        {type: 'worker', quantity: 1, size: 'Basic'},
        {type: 'clock', quantity: 0},
      ],
      buildpacks: [
        {ordinal: 1, buildpack: {url: 'https://user:s3cret@example.com/bp.tgz?token=abc'}},
        {ordinal: 0, buildpack: {url: 'heroku/nodejs', name: 'heroku/nodejs'}},
      ],
    });
    expect(result).toEqual({
      appId: 'id-1',
      app: 'shop-staging',
      stage: 'staging',
      config: {EVIL_NAME: 0, PLAIN: 1},
      addons: [{service: 'heroku-postgresql', plan: 'heroku-postgresql:essential-0'}],
      formation: [
        {type: 'web', quantity: 2, size: 'Standard-1X'},
        {type: 'worker', quantity: 1, size: 'Basic'},
        {type: 'clock', quantity: 0, size: null},
      ],
      stack: 'heroku-24',
      region: null,
      buildpacks: ['heroku/nodejs', 'https://example.com/bp.tgz'],
    });
  });

  it('keeps a config var named __proto__ as a name', () => {
    const config = JSON.parse('{"__proto__": 0}') as DriftSide['config'];
    const input = {appId: 'a', appName: 'a', app: null, addons: [], formation: [], buildpacks: []};
    const from = driftSideFromWire({...input, stage: 'staging', config});
    const to = driftSideFromWire({...input, stage: 'production', config: {}});
    expect(buildDrift({from, to}).config.onlyInFrom).toEqual(['__proto__']);
  });

  it.each([
    [
      {url: 'https://github.com/heroku/heroku-buildpack-ruby'},
      'https://github.com/heroku/heroku-buildpack-ruby',
    ],
    [
      {url: 'https://x-access-token:ghp_abc@github.com/org/bp.git#v1'},
      'https://github.com/org/bp.git',
    ],
    [{url: 'heroku/python', name: null}, 'heroku/python'],
    [
      {url: 'https://buildpack-registry.s3.amazonaws.com/b.tgz', name: 'heroku/ruby'},
      'heroku/ruby',
    ],
  ])('buildpackLabel(%j) = %s', (buildpack, want) => {
    expect(buildpackLabel({ordinal: 0, buildpack})).toBe(want);
  });
});
