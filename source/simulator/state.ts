import type {WireDynoState, WireReleaseStatus, WireStage} from '../heroku/wire.js';

// The simulator's in-memory world. Times are ISO-8601 strings like the API's; ids are UUIDs.
// Releases keep both what they changed (slug/OCI image: null for config and add-on releases,
// as the API shows them) and what runs after them, so rollback and dynos stay truthful.

export type SimUser = {id: string; email: string; name: string | null};
export type SimTeam = {id: string; name: string};

export type SimFileChange = {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  additions: number;
  deletions: number;
};

export type SimCommit = {
  sha: string;
  parents: string[];
  message: string;
  author: {name: string; email: string; login: string | null};
  date: string;
  files: SimFileChange[];
};

export type SimRepo = {
  fullName: string; // owner/name
  githubId: number;
  commits: Map<string, SimCommit>;
  branches: Map<string, string>; // branch -> head sha
};

export type SimSlug = {
  id: string;
  commit: string | null;
  commitDescription: string | null;
  buildpackDescription: string;
  size: number;
  stack: string;
  processTypes: Record<string, string>;
  createdAt: string;
};

export type SimOciImage = {
  id: string;
  commit: string | null;
  commitDescription: string | null;
  baseImageName: string;
  createdAt: string;
};

export type SimRelease = {
  id: string;
  version: number;
  status: WireReleaseStatus;
  description: string;
  userId: string;
  // The code this release introduced; null for config and add-on releases.
  slugId: string | null;
  ociImageId: string | null;
  // The code running once this release is live.
  runningSlugId: string | null;
  runningOciImageId: string | null;
  config: Record<string, string>; // config vars once this release is live
  addonPlanNames: string[];
  outputStreamId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SimBuild = {
  id: string;
  status: 'pending' | 'succeeded' | 'failed';
  sha: string | null;
  versionDescription: string | null;
  releaseId: string | null;
  slugId: string | null;
  userId: string;
  outputStreamId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SimFormation = {
  id: string;
  type: string;
  quantity: number;
  size: string;
  command: string;
  createdAt: string;
  updatedAt: string;
};

export type SimDyno = {
  id: string;
  name: string;
  type: string;
  state: WireDynoState;
  size: string;
  command: string;
  releaseId: string | null;
  // During a rolling restart: the release this dyno runs until switchAt (epoch ms).
  rollout?: {fromReleaseId: string; switchAt: number};
  createdAt: string;
  updatedAt: string;
};

export type SimAddon = {
  id: string;
  name: string; // e.g. postgresql-curved-12345
  service: string; // e.g. heroku-postgresql
  plan: string; // e.g. heroku-postgresql:essential-0
  state: 'provisioning' | 'provisioned' | 'deprovisioned';
  configVars: string[];
  createdAt: string;
};

export type SimApp = {
  id: string;
  name: string;
  ownerId: string;
  teamId: string | null;
  region: 'us' | 'eu';
  stack: string; // heroku-24, heroku-22, container, cnb
  buildStack: string;
  generation: 'cedar' | 'fir';
  maintenance: boolean;
  webUrl: string;
  repo: string; // key in state.repos; every app has code history
  githubConnected: boolean; // whether kolkrabbi knows the repo
  branch: string; // where deploy() adds commits
  releasePhase: boolean; // has a `release` process: release-phase output streams exist
  buildpacks: string[];
  releases: SimRelease[]; // oldest first
  builds: SimBuild[];
  formation: SimFormation[];
  dynos: SimDyno[];
  configVars: Record<string, string>;
  addons: SimAddon[];
  // A team app the account may see but not change: coupling it is 403 forbidden.
  readOnly?: boolean;
  rollingRestartMs?: number; // dynos restart this far apart after a release (0: at once)
  createdAt: string;
  updatedAt: string;
};

export type SimPipeline = {
  id: string;
  name: string;
  owner: {id: string; type: 'team' | 'user'} | null;
  generation: 'cedar' | 'fir';
  createdAt: string;
  updatedAt: string;
};

export type SimCoupling = {
  id: string;
  appId: string;
  pipelineId: string;
  stage: WireStage;
  createdAt: string;
  updatedAt: string;
};

export type SimPromotionTarget = {
  id: string;
  appId: string;
  status: 'pending' | 'succeeded' | 'failed';
  errorMessage: string | null;
  releaseId: string | null;
};

export type SimPromotion = {
  id: string;
  pipelineId: string;
  sourceAppId: string;
  releaseId: string;
  // The release the request pinned; null when it let the source's current code be used.
  requestedReleaseId: string | null;
  status: 'pending' | 'completed';
  twoFactorCode: string | null;
  targets: SimPromotionTarget[];
  createdAt: string;
  updatedAt: string;
};

export type SimStream = {id: string; text: string; availableAt: number};

export type SimState = {
  startedAt: number;
  account: SimUser;
  users: Map<string, SimUser>;
  teams: Map<string, SimTeam>;
  pipelines: SimPipeline[];
  couplings: SimCoupling[];
  apps: SimApp[];
  slugs: Map<string, SimSlug>;
  ociImages: Map<string, SimOciImage>;
  repos: Map<string, SimRepo>;
  promotions: SimPromotion[];
  streams: Map<string, SimStream>;
  rateLimit: {remaining: number; refilledAt: number; refillPerMinute: number};
  tokenRevoked: boolean;
  failNextPromotion: Map<string, string>; // target app id -> error message
  github: {linked: boolean; rateLimitRemaining: number};
};

export function createState(account: SimUser, refillPerMinute: number): SimState {
  const now = Date.now();
  return {
    startedAt: now,
    account,
    users: new Map([[account.id, account]]),
    teams: new Map(),
    pipelines: [],
    couplings: [],
    apps: [],
    slugs: new Map(),
    ociImages: new Map(),
    repos: new Map(),
    promotions: [],
    streams: new Map(),
    rateLimit: {remaining: 4500, refilledAt: now, refillPerMinute},
    tokenRevoked: false,
    failNextPromotion: new Map(),
    github: {linked: true, rateLimitRemaining: 5000},
  };
}

export function findApp(state: SimState, idOrName: string): SimApp | undefined {
  return state.apps.find((app) => app.id === idOrName || app.name === idOrName);
}

export function findPipeline(state: SimState, idOrName: string): SimPipeline | undefined {
  return state.pipelines.find((p) => p.id === idOrName || p.name === idOrName);
}

export function couplingOf(state: SimState, appId: string): SimCoupling | undefined {
  return state.couplings.find((c) => c.appId === appId);
}

// The release in effect: the newest succeeded one of any kind.
export function currentRelease(app: SimApp): SimRelease | undefined {
  return app.releases.findLast((r) => r.status === 'succeeded');
}

// The release whose code runs: the newest succeeded one that carried code.
export function codeRelease(app: SimApp): SimRelease | undefined {
  return app.releases.findLast(
    (r) => r.status === 'succeeded' && (r.slugId !== null || r.ociImageId !== null),
  );
}

export function runningCommit(state: SimState, app: SimApp): string | null {
  const release = currentRelease(app);
  if (!release) return null;
  if (release.runningSlugId) return state.slugs.get(release.runningSlugId)?.commit ?? null;
  if (release.runningOciImageId)
    return state.ociImages.get(release.runningOciImageId)?.commit ?? null;
  return null;
}
