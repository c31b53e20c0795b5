import {eligibleForRollback, releasedAt} from './releases.js';
import {currentRelease} from './state.js';
import type {SimApp, SimBuild, SimCoupling, SimPipeline, SimRelease, SimState} from './state.js';

// The simulator's state in the shapes the Heroku Platform API returns (snake_case).

export type Json = Record<string, unknown>;

const regions = {
  us: {id: '59accabd-516d-4f0e-83e6-6e3757701145', name: 'us'},
  eu: {id: 'ed30241c-ed8c-4bb6-9714-61953675d0b4', name: 'eu'},
};

// Stable ids for stacks and generations, as Heroku's are fixed per name.
function namedRef(kind: string, name: string): {id: string; name: string} {
  let hash = 0;
  for (const char of `${kind}:${name}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hex = hash.toString(16).padStart(8, '0');
  return {id: `${hex}-0000-4000-8000-${hex}${hex.slice(0, 4)}`, name};
}

function userRef(state: SimState, userId: string): {id: string; email: string} {
  return {id: userId, email: state.users.get(userId)?.email ?? 'unknown@example.com'};
}

export function streamUrl(baseUrl: string, streamId: string | null): string | null {
  return streamId ? `${baseUrl}/streams/${streamId}` : null;
}

export function accountJson(state: SimState, twoFactor: boolean): Json {
  const created = new Date(state.startedAt - 900 * 86_400_000).toISOString();
  return {
    id: state.account.id,
    email: state.account.email,
    name: state.account.name,
    two_factor_authentication: twoFactor,
    allow_tracking: false,
    beta: false,
    verified: true,
    federated: false,
    default_organization: null,
    default_team: null,
    identity_provider: null,
    sms_number: null,
    suspended_at: null,
    delinquent_at: null,
    created_at: created,
    updated_at: created,
    last_login: new Date(state.startedAt).toISOString(),
  };
}

export function pipelineJson(pipeline: SimPipeline): Json {
  return {
    id: pipeline.id,
    name: pipeline.name,
    owner: pipeline.owner,
    generation: namedRef('generation', pipeline.generation),
    created_at: pipeline.createdAt,
    updated_at: pipeline.updatedAt,
  };
}

export function couplingJson(state: SimState, coupling: SimCoupling): Json {
  const pipeline = state.pipelines.find((p) => p.id === coupling.pipelineId);
  return {
    id: coupling.id,
    app: {id: coupling.appId},
    pipeline: {id: coupling.pipelineId, name: pipeline?.name},
    stage: coupling.stage,
    created_at: coupling.createdAt,
    updated_at: coupling.updatedAt,
  };
}

export function appJson(state: SimState, app: SimApp): Json {
  const team = app.teamId ? state.teams.get(app.teamId) : undefined;
  // Heroku reports a team app's owner as the team itself, with a herokumanager.com address.
  const owner = team
    ? {id: team.id, email: `${team.name}@herokumanager.com`}
    : userRef(state, app.ownerId);
  return {
    id: app.id,
    name: app.name,
    owner,
    team: team ? {id: team.id, name: team.name} : null,
    organization: team ? {id: team.id, name: team.name} : null,
    region: regions[app.region],
    stack: namedRef('stack', app.stack),
    build_stack: namedRef('stack', app.buildStack),
    generation: namedRef('generation', app.generation),
    web_url: app.webUrl,
    git_url: `https://git.heroku.com/${app.name}.git`,
    maintenance: app.maintenance,
    buildpack_provided_description: app.stack === 'container' ? null : 'Ruby',
    archived_at: null,
    acm: false,
    internal_routing: null,
    locked: false,
    joined: false,
    space: null,
    repo_size: null,
    slug_size: 52_428_800,
    released_at: releasedAt(app),
    created_at: app.createdAt,
    updated_at: app.updatedAt,
  };
}

export function releaseJson(state: SimState, app: SimApp, release: SimRelease, baseUrl: string) {
  return {
    id: release.id,
    version: release.version,
    status: release.status,
    current: currentRelease(app)?.id === release.id,
    description: release.description,
    user: userRef(state, release.userId),
    slug: release.slugId ? {id: release.slugId} : null,
    oci_image: release.ociImageId ? {id: release.ociImageId} : null,
    output_stream_url: streamUrl(baseUrl, release.outputStreamId),
    eligible_for_rollback: eligibleForRollback(app, release),
    addon_plan_names: release.addonPlanNames,
    artifacts: release.slugId ? [{type: 'slug', id: release.slugId}] : [],
    app: {id: app.id, name: app.name},
    created_at: release.createdAt,
    updated_at: release.updatedAt,
  };
}

export function slugJson(state: SimState, slugId: string): Json | null {
  const slug = state.slugs.get(slugId);
  if (!slug) return null;
  return {
    id: slug.id,
    commit: slug.commit,
    commit_description: slug.commitDescription,
    buildpack_provided_description: slug.buildpackDescription,
    checksum: `SHA256:${slug.id.replace(/-/g, '')}${slug.id.replace(/-/g, '')}`,
    process_types: slug.processTypes,
    size: slug.size,
    stack: namedRef('stack', slug.stack),
    blob: {method: 'get', url: `https://s3.example.invalid/slugs/${slug.id}.tgz`},
    created_at: slug.createdAt,
    updated_at: slug.createdAt,
  };
}

export function ociImageJson(state: SimState, app: SimApp, imageId: string): Json | null {
  const image = state.ociImages.get(imageId);
  if (!image) return null;
  return {
    id: image.id,
    app: {id: app.id, name: app.name},
    base_image_name: image.baseImageName,
    base_top_layer: `sha256:${image.id.replace(/-/g, '')}`,
    commit: image.commit,
    commit_description: image.commitDescription,
    image_repo: `registry.heroku.com/${app.name}`,
    digest: `sha256:${image.id.replace(/-/g, '')}${image.id.replace(/-/g, '')}`,
    stack: namedRef('stack', 'cnb'),
    architecture: 'amd64',
    process_types: {web: {name: 'web', display_cmd: 'bundle exec puma', command: 'puma'}},
    buildpacks: [{id: 'heroku/ruby', version: '6.0.0', homepage: 'https://github.com/heroku'}],
    created_at: image.createdAt,
    updated_at: image.createdAt,
  };
}

export function buildJson(state: SimState, app: SimApp, build: SimBuild, baseUrl: string): Json {
  return {
    id: build.id,
    app: {id: app.id},
    status: build.status,
    source_blob: {
      checksum: null,
      url: `https://codeload.github.com/${app.repo}/tar.gz/${build.sha ?? ''}`,
      version: build.sha,
      version_description: build.versionDescription,
    },
    buildpacks: app.buildpacks.map((url) => ({url, name: url})),
    release: build.releaseId ? {id: build.releaseId} : null,
    slug: build.slugId ? {id: build.slugId} : null,
    stack: app.stack,
    output_stream_url: streamUrl(baseUrl, build.outputStreamId),
    user: userRef(state, build.userId),
    created_at: build.createdAt,
    updated_at: build.updatedAt,
  };
}

export function formationJson(app: SimApp): Json[] {
  return app.formation.map((f) => ({
    id: f.id,
    app: {id: app.id, name: app.name},
    type: f.type,
    quantity: f.quantity,
    size: f.size,
    dyno_size: {id: namedRef('size', f.size).id, name: f.size},
    command: f.command,
    created_at: f.createdAt,
    updated_at: f.updatedAt,
  }));
}

export function dynosJson(app: SimApp): Json[] {
  const now = Date.now();
  const step = app.rollingRestartMs ?? 0;
  return app.dynos.map((d) => {
    // A rolling restart: the old release until the dyno's turn, `starting` just before it.
    const rolling = d.rollout !== undefined && now < d.rollout.switchAt;
    const runs = rolling ? d.rollout!.fromReleaseId : d.releaseId;
    const release = app.releases.find((r) => r.id === runs) ?? currentRelease(app);
    const state = rolling && now >= d.rollout!.switchAt - step ? 'starting' : d.state;
    return {
      id: d.id,
      app: {id: app.id, name: app.name},
      name: d.name,
      type: d.type,
      state,
      size: d.size,
      command: d.command,
      attach_url: null,
      release: release ? {id: release.id, version: release.version} : null,
      created_at: d.createdAt,
      updated_at: d.updatedAt,
    };
  });
}

export function addonsJson(app: SimApp): Json[] {
  return app.addons.map((a) => ({
    id: a.id,
    name: a.name,
    addon_service: {id: namedRef('service', a.service).id, name: a.service},
    plan: {id: namedRef('plan', a.plan).id, name: a.plan},
    app: {id: app.id, name: app.name},
    billing_entity: {id: app.id, name: app.name, type: 'app'},
    config_vars: a.configVars,
    state: a.state,
    web_url: `https://addons-sso.heroku.com/apps/${app.id}/addons/${a.id}`,
    created_at: a.createdAt,
    updated_at: a.createdAt,
  }));
}

export function buildpacksJson(app: SimApp): Json[] {
  return app.buildpacks.map((url, ordinal) => ({ordinal, buildpack: {url, name: url}}));
}
