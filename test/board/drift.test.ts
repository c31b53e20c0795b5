import {describe, expect, it} from 'vitest';
import {
  buildDrift,
  driftDocument,
  driftSummary,
  hasDrift,
  sideLabels,
  type DriftSide,
} from '../../source/board/drift.js';
import type {Stage} from '../../source/board/types.js';

function side(stage: Stage, overrides: Partial<DriftSide> = {}): DriftSide {
  return {
    appId: `${stage}-id`,
    app: `shop-${stage}`,
    stage,
    config: {},
    addons: [],
    formation: [],
    stack: 'heroku-24',
    region: 'us',
    buildpacks: ['heroku/nodejs'],
    ...overrides,
  };
}

const staging = (o: Partial<DriftSide> = {}) => side('staging', o);
const production = (o: Partial<DriftSide> = {}) => side('production', o);

type ConfigCase = {
  name: string;
  from: DriftSide['config'];
  to: DriftSide['config'];
  want: {onlyInFrom: string[]; onlyInTo: string[]; differs: string[]; same: string[]};
};

const configCases: ConfigCase[] = [
  {
    name: 'identical',
    from: {A: 0, B: 0},
    to: {A: 0, B: 0},
    want: {onlyInFrom: [], onlyInTo: [], differs: [], same: ['A', 'B']},
  },
  {
    name: 'missing on production',
    from: {FEATURE_X: 0, A: 0},
    to: {A: 0},
    want: {onlyInFrom: ['FEATURE_X'], onlyInTo: [], differs: [], same: ['A']},
  },
  {
    name: 'missing on staging',
    from: {A: 0},
    to: {A: 0, SENTRY_DSN: 0},
    want: {onlyInFrom: [], onlyInTo: ['SENTRY_DSN'], differs: [], same: ['A']},
  },
  {
    name: 'differing values, sorted by name',
    from: {Z: 0, DATABASE_URL: 0, A: 0},
    to: {Z: 1, DATABASE_URL: 1, A: 0},
    want: {onlyInFrom: [], onlyInTo: [], differs: ['DATABASE_URL', 'Z'], same: ['A']},
  },
  {
    name: 'both empty',
    from: {},
    to: {},
    want: {onlyInFrom: [], onlyInTo: [], differs: [], same: []},
  },
  {
    name: 'a name inherited from Object.prototype is still a plain name',
    from: JSON.parse('{"constructor": 0, "__proto__": 1}') as DriftSide['config'],
    to: {},
    want: {onlyInFrom: ['__proto__', 'constructor'], onlyInTo: [], differs: [], same: []},
  },
];

describe('buildDrift: config vars', () => {
  it.each(configCases)('$name', ({from, to, want}) => {
    const drift = buildDrift({
      from: staging({config: {...from}}),
      to: production({config: {...to}}),
    });
    expect(drift.config).toEqual(want);
  });
});

describe('buildDrift: add-ons', () => {
  it('reports missing, differing and equal services by plan', () => {
    const drift = buildDrift({
      from: staging({
        addons: [
          {service: 'heroku-postgresql', plan: 'heroku-postgresql:essential-0'},
          {service: 'heroku-redis', plan: 'heroku-redis:mini'},
          {service: 'papertrail', plan: 'papertrail:choklad'},
        ],
      }),
      to: production({
        addons: [
          {service: 'heroku-postgresql', plan: 'heroku-postgresql:standard-0'},
          {service: 'heroku-redis', plan: 'heroku-redis:mini'},
          {service: 'scheduler', plan: 'scheduler:standard'},
        ],
      }),
    });
    expect(drift.addons).toEqual([
      {
        service: 'heroku-postgresql',
        from: ['heroku-postgresql:essential-0'],
        to: ['heroku-postgresql:standard-0'],
        status: 'differs',
      },
      {
        service: 'heroku-redis',
        from: ['heroku-redis:mini'],
        to: ['heroku-redis:mini'],
        status: 'same',
      },
      {service: 'papertrail', from: ['papertrail:choklad'], to: [], status: 'only-from'},
      {service: 'scheduler', from: [], to: ['scheduler:standard'], status: 'only-to'},
    ]);
  });

  it('compares several add-ons of one service as a set of plans', () => {
    const pg = (plan: string) => ({service: 'heroku-postgresql', plan});
    const drift = buildDrift({
      from: staging({addons: [pg('b'), pg('a')]}),
      to: production({addons: [pg('a'), pg('b')]}),
    });
    expect(drift.addons).toEqual([
      {service: 'heroku-postgresql', from: ['a', 'b'], to: ['a', 'b'], status: 'same'},
    ]);
    const more = buildDrift({
      from: staging({addons: [pg('a')]}),
      to: production({addons: [pg('a'), pg('a')]}),
    });
    expect(more.addons[0]?.status).toBe('differs');
  });
});

describe('buildDrift: formation, stack, region, buildpacks', () => {
  it.each([
    {
      name: 'same',
      from: [{type: 'web', quantity: 1, size: 'Basic'}],
      to: [{type: 'web', quantity: 1, size: 'Basic'}],
      status: ['same'],
    },
    {
      name: 'quantity',
      from: [{type: 'web', quantity: 1, size: 'Basic'}],
      to: [{type: 'web', quantity: 2, size: 'Basic'}],
      status: ['differs'],
    },
    {
      name: 'size',
      from: [{type: 'web', quantity: 2, size: 'Standard-1X'}],
      to: [{type: 'web', quantity: 2, size: 'Performance-M'}],
      status: ['differs'],
    },
    {
      name: 'process types on one side only',
      from: [{type: 'release', quantity: 0, size: null}],
      to: [{type: 'worker', quantity: 1, size: null}],
      status: ['only-from', 'only-to'],
    },
  ])('formation: $name', ({from, to, status}) => {
    const drift = buildDrift({from: staging({formation: from}), to: production({formation: to})});
    expect(drift.formation.map((p) => p.status)).toEqual(status);
  });

  it('compares stack, region and buildpacks (order matters for buildpacks)', () => {
    const drift = buildDrift({
      from: staging({stack: 'heroku-24', region: 'eu', buildpacks: ['a', 'b']}),
      to: production({stack: 'heroku-22', region: 'us', buildpacks: ['b', 'a']}),
    });
    expect(drift.stack).toEqual({from: 'heroku-24', to: 'heroku-22', same: false});
    expect(drift.region).toEqual({from: 'eu', to: 'us', same: false});
    expect(drift.buildpacks.same).toBe(false);
    const same = buildDrift({from: staging(), to: production()});
    expect([same.stack.same, same.region.same, same.buildpacks.same]).toEqual([true, true, true]);
  });
});

describe('driftSummary', () => {
  it.each([
    {name: 'nothing', from: {}, to: {}, want: 'no drift'},
    {
      name: 'the example of the issue',
      from: {
        config: {A: 0, B: 0} as DriftSide['config'],
        addons: [{service: 'pg', plan: 'pg:essential-0'}],
      },
      to: {addons: [{service: 'pg', plan: 'pg:standard-0'}]},
      want: '2 config vars missing on production, 1 add-on plan differs',
    },
    {
      name: 'every kind',
      from: {
        config: {ONLY_STAGING: 0, SHARED: 0, SECRET: 0} as DriftSide['config'],
        addons: [{service: 'papertrail', plan: 'papertrail:choklad'}],
        formation: [{type: 'web', quantity: 1, size: 'Basic'}],
        stack: 'heroku-24',
        region: 'eu',
        buildpacks: ['heroku/nodejs'],
      },
      to: {
        config: {SHARED: 0, SECRET: 1, ONLY_PROD: 0, ALSO_PROD: 0} as DriftSide['config'],
        addons: [{service: 'scheduler', plan: 'scheduler:standard'}],
        formation: [
          {type: 'web', quantity: 2, size: 'Basic'},
          {type: 'worker', quantity: 1, size: 'Basic'},
        ],
        stack: 'heroku-22',
        region: 'us',
        buildpacks: [],
      },
      want:
        '1 config var missing on production, 2 config vars missing on staging, 1 config var differs, ' +
        '1 add-on missing on production, 1 add-on missing on staging, 2 process types differ, ' +
        'stack differs, region differs, buildpacks differ',
    },
  ])('$name', ({from, to, want}) => {
    const drift = buildDrift({from: staging(from), to: production(to)});
    expect(driftSummary(drift)).toBe(want);
    expect(hasDrift(drift)).toBe(want !== 'no drift');
  });

  it('names sides by app when both share a stage', () => {
    const drift = buildDrift({
      from: side('production', {app: 'a-prod'}),
      to: side('production', {app: 'b-prod', config: {X: 0}}),
    });
    expect(sideLabels(drift)).toEqual({from: 'a-prod', to: 'b-prod'});
    expect(driftSummary(drift)).toBe('1 config var missing on a-prod');
  });

  it('names the development -> staging pair by stage', () => {
    const drift = buildDrift({from: side('development', {config: {X: 0}}), to: staging()});
    expect(driftSummary(drift)).toBe('1 config var missing on staging');
  });
});

describe('driftDocument', () => {
  it('holds names only and lists only differing add-ons and processes', () => {
    const drift = buildDrift({
      from: staging({
        config: {FEATURE_CHECKOUT_V2: 0, DATABASE_URL: 0, LOG_LEVEL: 0},
        addons: [
          {service: 'heroku-postgresql', plan: 'heroku-postgresql:essential-0'},
          {service: 'heroku-redis', plan: 'heroku-redis:mini'},
        ],
        formation: [{type: 'web', quantity: 1, size: 'Basic'}],
      }),
      to: production({
        config: {DATABASE_URL: 1, LOG_LEVEL: 0, SENTRY_DSN: 0},
        addons: [
          {service: 'heroku-postgresql', plan: 'heroku-postgresql:standard-0'},
          {service: 'heroku-redis', plan: 'heroku-redis:mini'},
        ],
        formation: [{type: 'web', quantity: 1, size: 'Basic'}],
      }),
    });
    expect(driftDocument(drift)).toEqual({
      from: 'shop-staging',
      to: 'shop-production',
      configOnlyIn: {from: ['FEATURE_CHECKOUT_V2'], to: ['SENTRY_DSN']},
      configDiffers: ['DATABASE_URL'],
      configSame: 1,
      addons: [
        {
          service: 'heroku-postgresql',
          from: ['heroku-postgresql:essential-0'],
          to: ['heroku-postgresql:standard-0'],
        },
      ],
      formation: [],
      stack: {from: 'heroku-24', to: 'heroku-24', same: true},
      region: {from: 'us', to: 'us', same: true},
      buildpacks: {from: ['heroku/nodejs'], to: ['heroku/nodejs'], same: true},
      summary:
        '1 config var missing on production, 1 config var missing on staging, 1 config var differs, 1 add-on plan differs',
      error: null,
    });
  });
});
