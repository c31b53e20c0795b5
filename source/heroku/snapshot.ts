import type {HerokuClient} from './client.js';
import {Artifacts} from './snapshot-artifacts.js';
import {NotFoundError} from './errors.js';
import type {PipelineSnapshot} from './snapshot-types.js';
import type {WireCoupling, WireDyno, WireFormation, WirePipeline, WireRelease} from './wire.js';

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

// Three rounds of parallel requests: what the pipeline holds; then apps, artifacts,
// histories and dynos; then the artifacts the histories pointed to.
export async function loadPipelineSnapshot(
  client: HerokuClient,
  pipelineId: string,
  options: LoadSnapshotOptions = {},
): Promise<{snapshot: PipelineSnapshot; changed: boolean}> {
  const previous = options.previous?.pipeline.id === pipelineId ? options.previous : undefined;
  const includeDynos = options.includeDynos ?? true;
  const id = encodeURIComponent(pipelineId);

  const [couplingsResult, latestResult, deploymentsResult, fetchedPipeline] = await Promise.all([
    client.listWithMeta<WireCoupling>(`/pipelines/${id}/pipeline-couplings`, {
      accept: '3.sdk',
      id: true,
    }),
    client.listWithMeta<WireRelease>(`/pipelines/${id}/latest-releases`, {
      accept: '3.sdk',
      id: true,
    }),
    client.listWithMeta<WireRelease>(`/pipelines/${id}/latest-deployments`, {
      accept: '3.sdk',
      id: true,
    }),
    // The pipeline's own record rarely changes: a refresh reuses it.
    previous ? Promise.resolve(null) : client.pipeline(pipelineId),
  ]);
  const idle = couplingsResult.fromCache && latestResult.fromCache && deploymentsResult.fromCache;
  if (previous && idle) {
    if (!includeDynos || !options.refreshDynosWhenIdle) return {snapshot: previous, changed: false};
    return refreshDynosOnly(client, previous);
  }

  const pipeline: WirePipeline = fetchedPipeline ?? previous!.pipeline;
  const couplings = couplingsResult.data;
  const latestReleases = latestResult.data;
  const appIds = [...new Set(couplings.map((coupling) => coupling.app.id))];
  const latestByApp = newestByApp(latestReleases);
  const deploymentByApp = newestByApp(deploymentsResult.data);
  const artifacts = new Artifacts(client, previous);

  // Round 2.
  const deployed: Record<string, WireRelease | null> = {};
  const needHistory: string[] = [];
  for (const appId of appIds) {
    const candidates = [deploymentByApp.get(appId), latestByApp.get(appId)].filter(carriesCode);
    const best = candidates.sort((a, b) => b.version - a.version)[0];
    if (best) {
      deployed[appId] = best;
      artifacts.want(appId, best);
    } else {
      needHistory.push(appId);
    }
  }
  const dynoApps = includeDynos
    ? [...new Set(couplings.filter(wantsDynos).map((coupling) => coupling.app.id))]
    : [];
  const [appsResult, histories, machines] = await Promise.all([
    client.filterAppsWithMeta(appIds),
    Promise.all(needHistory.map((appId) => historyOf(client, appId))),
    Promise.all(dynoApps.map((appId) => machinesOf(client, appId))),
    artifacts.load(),
  ]);

  // Round 3: artifacts of the releases found in the histories.
  needHistory.forEach((appId, index) => {
    const found = histories[index]?.find(carriesCode) ?? null;
    deployed[appId] = found;
    if (found) artifacts.want(appId, found);
  });
  await artifacts.load();

  const dynos: Record<string, WireDyno[]> = {};
  const formations: Record<string, WireFormation[]> = {};
  if (includeDynos) {
    dynoApps.forEach((appId, index) => {
      const machine = machines[index];
      if (machine?.dynos) dynos[appId] = machine.dynos;
      if (machine?.formation) formations[appId] = machine.formation;
    });
  } else if (previous) {
    for (const appId of appIds) {
      const oldDynos = previous.dynos[appId];
      const oldFormation = previous.formations[appId];
      if (oldDynos) dynos[appId] = oldDynos;
      if (oldFormation) formations[appId] = oldFormation;
    }
  }

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
  };
  return {snapshot, changed: true};
}

function newestByApp(releases: WireRelease[]): Map<string, WireRelease> {
  const byApp = new Map<string, WireRelease>();
  for (const release of releases) {
    const appId = release.app?.id;
    if (!appId) continue;
    const known = byApp.get(appId);
    if (!known || release.version > known.version) byApp.set(appId, release);
  }
  return byApp;
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

type Machines = {dynos: WireDyno[] | null; formation: WireFormation[] | null};

// One app's dynos failing to load leaves that app's health unknown, not the board broken.
async function machinesOf(client: HerokuClient, appId: string): Promise<Machines> {
  const [dynos, formation] = await Promise.all([
    client.dynos(appId).catch(() => null),
    client.formation(appId).catch(() => null),
  ]);
  return {dynos, formation};
}

async function refreshDynosOnly(
  client: HerokuClient,
  previous: PipelineSnapshot,
): Promise<{snapshot: PipelineSnapshot; changed: boolean}> {
  const appIds = [...new Set(previous.couplings.filter(wantsDynos).map((c) => c.app.id))];
  const results = await Promise.all(
    appIds.map(async (appId) => {
      const app = encodeURIComponent(appId);
      const [dynos, formation] = await Promise.all([
        client.listWithMeta<WireDyno>(`/apps/${app}/dynos`).catch(() => null),
        client.listWithMeta<WireFormation>(`/apps/${app}/formation`).catch(() => null),
      ]);
      return {appId, dynos, formation};
    }),
  );
  const unchanged = results.every((r) => r.dynos?.fromCache && r.formation?.fromCache);
  if (unchanged) return {snapshot: previous, changed: false};
  const dynos: Record<string, WireDyno[]> = {};
  const formations: Record<string, WireFormation[]> = {};
  for (const result of results) {
    if (result.dynos) dynos[result.appId] = result.dynos.data;
    if (result.formation) formations[result.appId] = result.formation.data;
  }
  const snapshot = {...previous, dynos, formations, fetchedAt: new Date().toISOString()};
  return {snapshot, changed: true};
}
