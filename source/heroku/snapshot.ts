import {latestByApp} from '../shared/latest-by-app.js';
import type {HerokuClient} from './client.js';
import {Artifacts} from './snapshot-artifacts.js';
import {NotFoundError} from './errors.js';
import {checkedCouplings, checkedReleases} from './snapshot-shapes.js';
import type {PipelineSnapshot} from './snapshot-types.js';
import type {
  WireBuild,
  WireCoupling,
  WireDyno,
  WireFormation,
  WirePipeline,
  WireRelease,
} from './wire.js';

export type LoadSnapshotOptions = {
  previous?: PipelineSnapshot;
  // Default true. When false, dynos and formations are carried over from previous.
  includeDynos?: boolean;
  // Dyno health changes without a release. When true (and includeDynos is on), a refresh
  // whose first round is all 304 still asks for dynos and formations, conditionally.
  refreshDynosWhenIdle?: boolean;
};

// How far back an app's history is searched for the release that runs its code.
const HISTORY_DEPTH = 25;

// Apps whose dynos the board shows: review apps come and go too often to be worth it,
// and test apps belong to Heroku CI.
function wantsDynos(coupling: WireCoupling): boolean {
  return coupling.stage !== 'review' && coupling.stage !== 'test';
}

function carriesCode(release: WireRelease | undefined | null): release is WireRelease {
  return (
    !!release && release.status === 'succeeded' && !!(release.slug?.id || release.oci_image?.id)
  );
}

// Three rounds of parallel requests: what the pipeline holds (and, on a first load, its
// latest builds); then apps, the artifacts the builds did not name, histories with their
// apps' newest builds, and dynos; then the artifacts the histories pointed to that no
// build named (rarely any: a third round of requests only then).
export async function loadPipelineSnapshot(
  client: HerokuClient,
  pipelineId: string,
  options: LoadSnapshotOptions = {},
): Promise<{snapshot: PipelineSnapshot; changed: boolean}> {
  const previous = options.previous?.pipeline.id === pipelineId ? options.previous : undefined;
  const includeDynos = options.includeDynos ?? true;

  const [couplingsResult, latestResult, deploymentsResult, fetchedPipeline, builds] =
    await Promise.all([
      client.pipelineCouplingsWithMeta(pipelineId),
      client.latestReleasesWithMeta(pipelineId),
      client.latestDeploymentsWithMeta(pipelineId),
      // The pipeline's own record rarely changes: a refresh reuses it.
      previous ? Promise.resolve(null) : client.pipelineOnce(pipelineId),
      // A first load learns most commits from the latest builds instead of one slug request
      // per app; a refresh already knows the slugs that did not change.
      previous ? Promise.resolve([]) : latestBuilds(client, pipelineId),
    ]);
  const idle = couplingsResult.fromCache && latestResult.fromCache && deploymentsResult.fromCache;
  if (previous && idle) {
    if (!includeDynos || !options.refreshDynosWhenIdle) return {snapshot: previous, changed: false};
    return refreshDynosOnly(client, previous);
  }

  const pipeline: WirePipeline = fetchedPipeline ?? previous!.pipeline;
  const notes: string[] = [];
  const couplings = checkedCouplings(couplingsResult.data, notes);
  const latestReleases = checkedReleases(latestResult.data, 'latest release', notes);
  const deployments = checkedReleases(deploymentsResult.data, 'latest deployment', notes);
  const appIds = [...new Set(couplings.map((coupling) => coupling.app.id))];
  const latestOfApp = latestByApp(latestReleases);
  const deploymentOfApp = latestByApp(deployments);
  const artifacts = new Artifacts(client, previous, builds);

  // Round 2.
  const deployed: Record<string, WireRelease | null> = {};
  const needHistory: string[] = [];
  for (const appId of appIds) {
    const candidates = [deploymentOfApp.get(appId), latestOfApp.get(appId)].filter(carriesCode);
    const best = candidates.sort((a, b) => b.version - a.version)[0];
    if (best) {
      deployed[appId] = best;
      artifacts.want(appId, best);
    } else {
      needHistory.push(appId);
    }
  }
  // An app whose newest releases run no code (config changes since its last deploy) gets
  // its history, and its newest builds beside it: the release found in the history is
  // almost always one of those builds, so its slug needs no fourth round.
  const [appsResult, histories, machines] = await Promise.all([
    client.filterAppsWithMeta(appIds),
    Promise.all(
      needHistory.map(async (appId) => {
        const [history, built] = await Promise.all([
          historyOf(client, appId),
          recentBuildsOf(client, appId),
        ]);
        artifacts.learn(built);
        return history;
      }),
    ),
    includeDynos ? loadMachines(client, couplings) : null,
    artifacts.load(),
  ]);

  // Round 3: artifacts of the releases found in the histories.
  needHistory.forEach((appId, index) => {
    const found = histories[index]?.find(carriesCode) ?? null;
    deployed[appId] = found;
    if (found) artifacts.want(appId, found);
  });
  await artifacts.load();

  const {dynos, formations} = machines ?? carriedMachines(previous, appIds);

  const snapshot: PipelineSnapshot = {
    pipeline,
    couplings,
    apps: appsResult.data,
    latestReleases,
    deployedReleases: deployed,
    slugs: artifacts.slugs,
    ociImages: artifacts.ociImages,
    dynos,
    formations,
    fetchedAt: new Date().toISOString(),
    notes: [
      ...notes,
      ...machineNotes(couplings, appsResult.data, {dynos, formations}, includeDynos),
    ],
  };
  return {snapshot, changed: true};
}

// Only a shortcut: without the builds, every slug is asked for.
async function latestBuilds(client: HerokuClient, pipelineId: string): Promise<WireBuild[]> {
  try {
    return await client.latestBuilds(pipelineId);
  } catch {
    return [];
  }
}

// Only a shortcut, like the latest builds: without them the slug is asked for.
async function recentBuildsOf(client: HerokuClient, appId: string): Promise<WireBuild[]> {
  try {
    return await client.recentBuilds(appId, HISTORY_DEPTH);
  } catch {
    return [];
  }
}

// An app deleted between two requests answers 404: that app is then simply unknown.
async function historyOf(client: HerokuClient, appId: string): Promise<WireRelease[]> {
  try {
    return await client.releases(appId, {max: HISTORY_DEPTH});
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

type Machines = {
  dynos: Record<string, WireDyno[]>;
  formations: Record<string, WireFormation[]>;
  // Heroku answered 304 to every request.
  unchanged: boolean;
};

// Dynos and formations of the apps whose health the board shows. One app's failing to load
// leaves that app's health unknown, not the board broken.
async function loadMachines(client: HerokuClient, couplings: WireCoupling[]): Promise<Machines> {
  const appIds = [...new Set(couplings.filter(wantsDynos).map((coupling) => coupling.app.id))];
  const answers = await Promise.all(
    appIds.map(async (appId) => {
      const [dynos, formation] = await Promise.all([
        client.dynosWithMeta(appId).catch(() => null),
        client.formationWithMeta(appId).catch(() => null),
      ]);
      return {appId, dynos, formation};
    }),
  );
  const machines: Machines = {dynos: {}, formations: {}, unchanged: true};
  for (const {appId, dynos, formation} of answers) {
    if (dynos) machines.dynos[appId] = dynos.data;
    if (formation) machines.formations[appId] = formation.data;
    machines.unchanged &&= Boolean(dynos?.fromCache && formation?.fromCache);
  }
  return machines;
}

// An app whose dynos or formation could not be read says so rather than losing a row.
function machineNotes(
  couplings: WireCoupling[],
  apps: Array<{id: string; name: string}>,
  {dynos, formations}: Pick<Machines, 'dynos' | 'formations'>,
  included: boolean,
): string[] {
  if (!included) return [];
  const missing = [...new Set(couplings.filter(wantsDynos).map((c) => c.app.id))].filter(
    (id) => !dynos[id] || !formations[id],
  );
  if (missing.length === 0) return [];
  const names = missing.map((id) => apps.find((a) => a.id === id)?.name ?? id);
  return [`Dyno health of ${names.join(', ')} could not be read: shown as unknown.`];
}

// Those of the previous snapshot, for the apps still in the pipeline.
function carriedMachines(previous: PipelineSnapshot | undefined, appIds: string[]) {
  const machines: Pick<Machines, 'dynos' | 'formations'> = {dynos: {}, formations: {}};
  for (const appId of appIds) {
    const dynos = previous?.dynos[appId];
    const formation = previous?.formations[appId];
    if (dynos) machines.dynos[appId] = dynos;
    if (formation) machines.formations[appId] = formation;
  }
  return machines;
}

async function refreshDynosOnly(
  client: HerokuClient,
  previous: PipelineSnapshot,
): Promise<{snapshot: PipelineSnapshot; changed: boolean}> {
  // The apps too: maintenance mode changes no release, and is asked for with the dynos.
  const [{dynos, formations, unchanged}, apps] = await Promise.all([
    loadMachines(client, previous.couplings),
    client.filterAppsWithMeta(previous.apps.map((app) => app.id)),
  ]);
  if (unchanged && apps.fromCache) return {snapshot: previous, changed: false};
  const snapshot = {
    ...previous,
    apps: apps.data,
    dynos,
    formations,
    fetchedAt: new Date().toISOString(),
  };
  return {snapshot, changed: true};
}
