import {randomUUID} from 'node:crypto';
import {createRepo} from './git.js';
import {addRelease, releaseCommandOutput} from './releases.js';
import type {
  SimAddon,
  SimApp,
  SimCoupling,
  SimPipeline,
  SimRelease,
  SimRepo,
  SimState,
} from './state.js';
import type {WireStage} from '../heroku/wire.js';

// Building blocks of the simulated world: pipelines, apps, deploys, promotions, add-ons.

export const DAY = 24 * 60; // minutes

export function isoAgo(state: SimState, minutes: number): string {
  return new Date(state.startedAt - minutes * 60_000).toISOString();
}

export function ensureRepo(state: SimState, fullName: string): SimRepo {
  let repo = state.repos.get(fullName);
  if (!repo) {
    repo = createRepo(fullName, 100_000_000 + state.repos.size * 7919);
    state.repos.set(fullName, repo);
  }
  return repo;
}

export function createPipeline(
  state: SimState,
  input: {name: string; owner: SimPipeline['owner']; generation?: 'cedar' | 'fir'; at: string},
): SimPipeline {
  const pipeline: SimPipeline = {
    id: randomUUID(),
    name: input.name,
    owner: input.owner,
    generation: input.generation ?? 'cedar',
    createdAt: input.at,
    updatedAt: input.at,
  };
  state.pipelines.push(pipeline);
  return pipeline;
}

export type AppInput = {
  name: string;
  at: string;
  repo: string;
  teamId?: string | null;
  ownerId?: string;
  region?: 'us' | 'eu';
  stack?: string;
  generation?: 'cedar' | 'fir';
  githubConnected?: boolean;
  branch?: string;
  releasePhase?: boolean;
  buildpacks?: string[];
  formation?: Array<{type: string; quantity: number; size: string; command: string}>;
  userId?: string;
};

export function createApp(state: SimState, input: AppInput): SimApp {
  const generation = input.generation ?? 'cedar';
  const stack = input.stack ?? (generation === 'fir' ? 'cnb' : 'heroku-24');
  const suffix = randomUUID().replace(/-/g, '').slice(0, 12);
  ensureRepo(state, input.repo);
  const app: SimApp = {
    id: randomUUID(),
    name: input.name,
    ownerId: input.ownerId ?? state.account.id,
    teamId: input.teamId ?? null,
    region: input.region ?? 'us',
    stack,
    buildStack: stack,
    generation,
    maintenance: false,
    webUrl: `https://${input.name}-${suffix}.herokuapp.com/`,
    repo: input.repo,
    githubConnected: input.githubConnected ?? true,
    branch: input.branch ?? 'main',
    releasePhase: input.releasePhase ?? false,
    buildpacks: input.buildpacks ?? (stack === 'container' ? [] : ['heroku/ruby']),
    releases: [],
    builds: [],
    formation: [],
    dynos: [],
    configVars: {},
    addons: [],
    createdAt: input.at,
    updatedAt: input.at,
  };
  state.apps.push(app);
  for (const process of input.formation ?? []) {
    app.formation.push({id: randomUUID(), ...process, createdAt: input.at, updatedAt: input.at});
    for (let n = 1; n <= process.quantity; n++) {
      app.dynos.push({
        id: randomUUID(),
        name: `${process.type}.${n}`,
        type: process.type,
        state: 'up',
        size: process.size,
        command: process.command,
        releaseId: null,
        createdAt: input.at,
        updatedAt: input.at,
      });
    }
  }
  addRelease(state, app, {
    description: 'Initial release',
    status: 'succeeded',
    at: input.at,
    userId: input.userId ?? state.account.id,
  });
  return app;
}

export function couple(
  state: SimState,
  pipeline: SimPipeline,
  app: SimApp,
  stage: WireStage,
): SimCoupling {
  const coupling: SimCoupling = {
    id: randomUUID(),
    appId: app.id,
    pipelineId: pipeline.id,
    stage,
    createdAt: app.createdAt,
    updatedAt: app.createdAt,
  };
  state.couplings.push(coupling);
  return coupling;
}

export type DeployOptions = {
  at: string;
  userId: string;
  status?: 'succeeded' | 'failed' | 'pending';
  failure?: string;
};

// A build from a commit and the release it makes: a slug on Cedar, an OCI image on Fir.
export function deployCommit(
  state: SimState,
  app: SimApp,
  sha: string,
  options: DeployOptions,
): SimRelease {
  const commit = state.repos.get(app.repo)?.commits.get(sha);
  const description = commit ? commit.message.split('\n')[0]! : null;
  let slugId: string | null = null;
  let ociImageId: string | null = null;
  if (app.generation === 'fir') {
    ociImageId = randomUUID();
    state.ociImages.set(ociImageId, {
      id: ociImageId,
      commit: sha,
      commitDescription: description,
      baseImageName: 'heroku/heroku:24-cnb',
      createdAt: options.at,
    });
  } else {
    slugId = randomUUID();
    state.slugs.set(slugId, {
      id: slugId,
      commit: sha,
      commitDescription: description,
      buildpackDescription: app.stack === 'container' ? 'Docker' : 'Ruby/Rails',
      size: 48_000_000 + (parseInt(sha.slice(0, 6), 16) % 9_000_000),
      stack: app.stack,
      processTypes: Object.fromEntries(app.formation.map((f) => [f.type, f.command])),
      createdAt: options.at,
    });
  }
  const status = options.status ?? 'succeeded';
  const release = addRelease(state, app, {
    description: `Deploy ${sha.slice(0, 8)}`,
    status,
    at: options.at,
    userId: options.userId,
    slugId,
    ociImageId,
    streamText: app.releasePhase
      ? releaseCommandOutput(app, status !== 'failed', options.failure)
      : null,
  });
  app.builds.push({
    id: randomUUID(),
    status: 'succeeded',
    sha,
    versionDescription: description,
    releaseId: release.id,
    slugId,
    userId: options.userId,
    outputStreamId: null,
    createdAt: options.at,
    updatedAt: options.at,
  });
  return release;
}

export function promoteDescription(state: SimState, source: SimApp, release: SimRelease): string {
  const slug = release.slugId ? state.slugs.get(release.slugId) : undefined;
  const image = release.ociImageId ? state.ociImages.get(release.ociImageId) : undefined;
  const sha = slug?.commit ?? image?.commit ?? '';
  return `Promote ${source.name} v${release.version} ${sha.slice(0, 8)}`.trimEnd();
}

// A seeded promotion that already finished: the target runs the source release's code.
export function promoteSettled(
  state: SimState,
  target: SimApp,
  source: SimApp,
  release: SimRelease,
  options: {at: string; userId: string},
): SimRelease {
  return addRelease(state, target, {
    description: promoteDescription(state, source, release),
    status: 'succeeded',
    at: options.at,
    userId: options.userId,
    slugId: release.slugId,
    ociImageId: release.ociImageId,
    streamText: target.releasePhase ? releaseCommandOutput(target, true) : null,
  });
}

export function attachAddon(
  state: SimState,
  app: SimApp,
  input: {service: string; plan: string; name: string; as: string; vars: Record<string, string>},
  options: {at: string; userId: string},
): SimRelease {
  const addon: SimAddon = {
    id: randomUUID(),
    name: input.name,
    service: input.service,
    plan: `${input.service}:${input.plan}`,
    state: 'provisioned',
    configVars: Object.keys(input.vars),
    createdAt: options.at,
  };
  app.addons.push(addon);
  return addRelease(state, app, {
    description: `Attach ${input.as} (@ref:${input.name})`,
    status: 'succeeded',
    at: options.at,
    userId: options.userId,
    config: {...app.configVars, ...input.vars},
  });
}
