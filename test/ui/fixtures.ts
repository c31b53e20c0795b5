import type {AppCard, Board, Comparison, PipelineSummary, Stage} from '../../source/board/types.js';

export const NOW = Date.parse('2025-06-01T12:00:00Z');

export const PIPELINE: PipelineSummary = {
  id: 'pipe-1',
  name: 'whitewave',
  ownerType: 'team',
  ownerId: 'team-1',
  createdAt: '2024-01-02T03:04:05Z',
  generation: 'cedar',
};

let counter = 0;

export function makeApp(name: string, stage: Stage, overrides: Partial<AppCard> = {}): AppCard {
  counter += 1;
  const sha = overrides.commit?.sha ?? `${counter.toString(16).padStart(7, '0')}abcdef0123456789`;
  const release = {
    id: `rel-${name}`,
    version: 40 + counter,
    status: 'succeeded' as const,
    description: `Deploy ${sha.slice(0, 8)}`,
    createdAt: new Date(NOW - 3 * 3600_000).toISOString(),
    user: 'alice@example.com',
    current: true,
    eligibleForRollback: true,
    slugId: `slug-${name}`,
    ociImageId: null,
    outputStreamUrl: null,
  };
  return {
    id: `app-${name}`,
    name,
    stage,
    release,
    deployedRelease: release,
    commit: {sha, message: `Work on ${name}`},
    maintenance: false,
    dynos: [
      {
        type: 'web',
        quantity: 2,
        size: 'standard-1x',
        up: 2,
        crashed: 0,
        starting: 0,
        idle: 0,
        down: 0,
      },
    ],
    stack: 'heroku-24',
    region: 'us',
    webUrl: `https://${name}.herokuapp.com/`,
    generation: 'cedar',
    namingWarning: null,
    ...overrides,
  };
}

export function makeBoard(apps: AppCard[], comparisons: Comparison[] = []): Board {
  const stages: Stage[] = ['review', 'development', 'staging', 'production'];
  return {
    pipeline: PIPELINE,
    columns: stages.map((stage) => ({stage, apps: apps.filter((a) => a.stage === stage)})),
    comparisons,
  };
}

// review (2), staging (2), production (1); development empty.
export function sampleBoard(): Board {
  return makeBoard([
    makeApp('whitewave-pr-12', 'review'),
    makeApp('whitewave-pr-13', 'review'),
    makeApp('whitewave-staging', 'staging'),
    makeApp('whitewave-staging-eu', 'staging'),
    makeApp('whitewave-prod', 'production'),
  ]);
}
