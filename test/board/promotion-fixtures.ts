import type {
  AppCard,
  Board,
  CommitComparison,
  CommitDetail,
  Release,
  Stage,
} from '../../source/board/types.js';

export function release(version: number, overrides: Partial<Release> = {}): Release {
  return {
    id: `rel-${version}`,
    version,
    status: 'succeeded',
    description: `Deploy v${version}`,
    createdAt: '2025-01-01T10:00:00Z',
    user: 'dev@example.com',
    current: false,
    eligibleForRollback: true,
    slugId: `slug-${version}`,
    ociImageId: null,
    outputStreamUrl: null,
    ...overrides,
  };
}

export function card(name: string, stage: Stage, overrides: Partial<AppCard> = {}): AppCard {
  // Each app its own build: the same slug on two apps means it already runs the code.
  const deployed = release(10, {current: true, slugId: `slug-${name}`});
  return {
    id: `id-${name}`,
    name,
    stage,
    release: deployed,
    deployedRelease: deployed,
    commit: {sha: `${name}-sha-0000000000`, message: 'Some work'},
    maintenance: false,
    dynos: null,
    stack: 'heroku-24',
    region: 'us',
    webUrl: null,
    generation: 'cedar',
    namingWarning: null,
    ...overrides,
  };
}

export function board(apps: AppCard[], name = 'whitewave'): Board {
  const stages: Stage[] = ['review', 'development', 'staging', 'production'];
  return {
    pipeline: {
      id: `pipe-${name}`,
      name,
      ownerType: 'team',
      ownerId: 'team-1',
      createdAt: null,
      generation: 'cedar',
    },
    columns: stages.map((stage) => ({stage, apps: apps.filter((a) => a.stage === stage)})),
    comparisons: [],
  };
}

export function commit(sha: string, message = `Commit ${sha}`): CommitDetail {
  return {sha, shortSha: sha.slice(0, 7), author: 'ana', date: null, message, url: null};
}

export function comparison(overrides: Partial<CommitComparison> = {}): CommitComparison {
  return {
    status: 'ahead',
    ahead: 0,
    behind: 0,
    commits: [],
    behindCommits: [],
    files: [],
    compareUrl: null,
    source: 'github',
    reason: null,
    ...overrides,
  };
}
