import type {PipelineSnapshot} from '../../source/heroku/snapshot-types.js';
import type {WireRelease} from '../../source/heroku/wire.js';

// A hand-written pipeline with the cases the board must get right: a config change on top
// of a deploy (staging), a failed deploy on top of a good one (production), a Fir app with
// an OCI image whose name claims another stage, an app with no releases, a review app,
// a one-off dyno, and a Heroku CI `test` app that the board does not show.
export const NOW = Date.parse('2025-06-01T12:00:00Z');
export const STAGING_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const PROD_SHA = 'b2c3d4e5f60718293a4b5c6d7e8f9012345678a1';
export const REVIEW_SHA = 'c3d4e5f60718293a4b5c6d7e8f9012345678a1b2';
export const FIR_SHA = 'd4e5f60718293a4b5c6d7e8f9012345678a1b2c3';

const user = {id: 'u1', email: 'ada@example.com'};

function release(appId: string, fields: Partial<WireRelease> & {version: number}): WireRelease {
  return {
    id: `${appId}-v${fields.version}`,
    status: 'succeeded',
    description: `Deploy ${fields.version}`,
    user,
    slug: null,
    created_at: '2025-06-01T11:00:00Z',
    app: {id: appId},
    ...fields,
  };
}

export function snapshotFixture(): PipelineSnapshot {
  const stagingDeploy = release('app-staging', {
    version: 42,
    description: 'Deploy a1b2c3d4',
    slug: {id: 'slug-42'},
    created_at: '2025-06-01T11:00:00Z',
  });
  const prodGood = release('app-prod', {
    version: 40,
    description: 'Promote whitewave-staging v39 b2c3d4e5',
    slug: {id: 'slug-40'},
    created_at: '2025-05-30T12:00:00Z',
  });
  const reviewDeploy = release('app-review', {version: 3, slug: {id: 'slug-r3'}});
  const firDeploy = release('app-fir', {version: 7, slug: null, oci_image: {id: 'oci-7'}});
  return {
    pipeline: {
      id: 'pipe-1',
      name: 'whitewave',
      owner: {id: 'team-1', type: 'team'},
      generation: {name: 'cedar'},
      created_at: '2024-01-01T00:00:00Z',
    },
    couplings: [
      {id: 'c1', app: {id: 'app-prod'}, pipeline: {id: 'pipe-1'}, stage: 'production'},
      {id: 'c2', app: {id: 'app-staging'}, pipeline: {id: 'pipe-1'}, stage: 'staging'},
      {id: 'c3', app: {id: 'app-review'}, pipeline: {id: 'pipe-1'}, stage: 'review'},
      {id: 'c4', app: {id: 'app-fir'}, pipeline: {id: 'pipe-1'}, stage: 'staging'},
      {id: 'c5', app: {id: 'app-new'}, pipeline: {id: 'pipe-1'}, stage: 'development'},
      {id: 'c6', app: {id: 'app-ci'}, pipeline: {id: 'pipe-1'}, stage: 'test'},
    ],
    apps: [
      {
        id: 'app-prod',
        name: 'whitewave-prod',
        maintenance: true,
        stack: {id: 's', name: 'heroku-24'},
        region: {id: 'r', name: 'eu'},
        web_url: 'https://whitewave-prod.herokuapp.com/',
      },
      {id: 'app-staging', name: 'whitewave-staging', maintenance: false},
      {id: 'app-review', name: 'whitewave-pr-12'},
      {id: 'app-fir', name: 'whitewave-next-prod', generation: {name: 'fir'}},
      {id: 'app-new', name: 'whitewave-dev'},
      {id: 'app-ci', name: 'whitewave-ci'},
    ],
    latestReleases: [
      release('app-staging', {
        version: 43,
        description: 'Set FOO config vars',
        slug: {id: 'slug-42'},
        created_at: '2025-06-01T11:57:00Z',
      }),
      release('app-prod', {
        version: 41,
        status: 'failed',
        description: 'Deploy c0ffee12',
        slug: {id: 'slug-41'},
        created_at: '2025-06-01T10:00:00Z',
      }),
      reviewDeploy,
      firDeploy,
    ],
    deployedReleases: {
      'app-staging': stagingDeploy,
      'app-prod': prodGood,
      'app-review': reviewDeploy,
      'app-fir': firDeploy,
      'app-new': null,
    },
    slugs: {
      'slug-42': {
        id: 'slug-42',
        commit: STAGING_SHA,
        commit_description: 'Fix the header\n\nLonger body',
      },
      'slug-40': {id: 'slug-40', commit: PROD_SHA, commit_description: 'Add login'},
      'slug-41': {id: 'slug-41', commit: 'c0ffee12c0ffee12c0ffee12c0ffee12c0ffee12'},
      'slug-r3': {id: 'slug-r3', commit: REVIEW_SHA, commit_description: null},
    },
    ociImages: {
      'oci-7': {id: 'oci-7', commit: FIR_SHA, commit_description: 'Move to Fir'},
    },
    dynos: {
      'app-staging': [
        {name: 'web.1', type: 'web', state: 'up'},
        {name: 'worker.1', type: 'worker', state: 'crashed'},
      ],
      'app-prod': [
        {name: 'web.1', type: 'web', state: 'up'},
        {name: 'web.2', type: 'web', state: 'starting'},
        {name: 'run.4821', type: 'run', state: 'up'},
        {name: 'clock.1', type: 'clock', state: 'up'},
      ],
    },
    formations: {
      'app-staging': [
        {type: 'worker', quantity: 1, size: 'basic'},
        {type: 'web', quantity: 1, dyno_size: {name: 'standard-1x'}},
      ],
      'app-prod': [{type: 'web', quantity: 2, dyno_size: {name: 'performance-m'}}],
    },
    fetchedAt: '2025-06-01T12:00:00Z',
  };
}
