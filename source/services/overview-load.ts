import {buildOverviewRow, firstOfStage, type OverviewRow} from '../board/overview-rows.js';
import type {CommitComparison, PipelineSummary} from '../board/types.js';
import {NotFoundError} from '../heroku/errors.js';
import {checkedCouplings, checkedReleases} from '../heroku/snapshot-shapes.js';
import type {HerokuClient} from '../heroku/client.js';
import type {WireBuild, WireRelease} from '../heroku/wire.js';
import {describeError} from '../shared/errors.js';
import type {ServicesDeps} from './deps.js';

// One overview row's requests: at most ROW_REQUESTS Heroku requests, in four rounds, and one
// commit comparison (staging against production) from the diff source.

// couplings, latest releases, latest builds, apps, production releases, production dynos,
// staging's history when its latest release carries no code, and two slugs or images when the
// builds do not name the commits.
export const ROW_REQUESTS = 9;
const HISTORY = 25;

export type RowLoadContext = {
  client: HerokuClient;
  diff: ServicesDeps['diff'];
  // Told of every Heroku request before it is sent.
  count: (requests?: number) => void;
  // Artifact ids already asked for: the client keeps them for good, so they cost nothing again.
  artifacts: Set<string>;
};

const carriesCode = (r: WireRelease | undefined): r is WireRelease =>
  !!r && r.status === 'succeeded' && !!(r.slug?.id || r.oci_image?.id);

// What the pipeline's latest builds say of their slugs: a build's source version is the
// commit its slug records, so these stand in for slug requests.
function builtCommits(builds: WireBuild[]): Map<string, string> {
  const commits = new Map<string, string>();
  for (const build of builds) {
    if (typeof build !== 'object' || build === null || build.status !== 'succeeded') continue;
    const slugId = build.slug?.id;
    const version = build.source_blob?.version;
    if (typeof slugId === 'string' && typeof version === 'string') commits.set(slugId, version);
  }
  return commits;
}

async function commitOf(
  ctx: RowLoadContext,
  built: Map<string, string>,
  appId: string,
  release: WireRelease | undefined,
) {
  if (!release) return null;
  const slugId = release.slug?.id;
  if (slugId && built.has(slugId)) return built.get(slugId)!;
  const imageId = release.oci_image?.id;
  const id = slugId ?? imageId;
  if (!id) return null;
  if (!ctx.artifacts.has(id)) ctx.count();
  ctx.artifacts.add(id);
  try {
    if (slugId) return (await ctx.client.slug(appId, slugId)).commit ?? null;
    return (await ctx.client.ociImage(appId, imageId!)).commit ?? null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

// The newest release of a history that carries code: what the app runs.
const running = (releases: WireRelease[]) =>
  [...releases].sort((a, b) => b.version - a.version).find(carriesCode);

// `latest` is handed in when a refresh has just read the latest releases.
export async function loadRow(
  ctx: RowLoadContext,
  pipeline: PipelineSummary,
  latest?: WireRelease[],
): Promise<OverviewRow> {
  const {client} = ctx;
  const notes: string[] = [];
  ctx.count(2);
  if (!latest) ctx.count();
  const [couplingsResult, builds, latestList] = await Promise.all([
    client.pipelineCouplingsWithMeta(pipeline.id),
    // Only a shortcut: without them, each side's slug is asked for.
    client.latestBuilds(pipeline.id).catch(() => [] as WireBuild[]),
    latest
      ? Promise.resolve(latest)
      : client.latestReleasesWithMeta(pipeline.id).then((r) => r.data),
  ]);
  const couplings = checkedCouplings(couplingsResult.data, notes);
  const latestReleases = checkedReleases(latestList, 'latest release', notes);
  const built = builtCommits(builds);
  const watched = couplings.filter((c) => c.stage === 'staging' || c.stage === 'production');
  // Picked by id, so the next round need not wait for the apps' names.
  const stagingId = firstOfStage(couplings, 'staging', []);
  const productionId = firstOfStage(couplings, 'production', []);
  const latestOf = (id: string | null) =>
    latestReleases.filter((r) => r.app?.id === id).sort((a, b) => b.version - a.version)[0];

  // Round 2, all at once: the apps, production's history and dynos, and the commit each side
  // runs (from its latest release when that carries code, else from its history).
  const stagingLatest = latestOf(stagingId);
  const productionLatest = latestOf(productionId);
  if (watched.length > 0) ctx.count();
  if (productionId) ctx.count(2);
  const productionHistory = productionId
    ? client.releases(productionId, {max: HISTORY})
    : Promise.resolve([]);
  const stagingSide = async () => {
    if (!stagingId) return null;
    if (carriesCode(stagingLatest)) return commitOf(ctx, built, stagingId, stagingLatest);
    ctx.count();
    return commitOf(
      ctx,
      built,
      stagingId,
      running(await client.releases(stagingId, {max: HISTORY})),
    );
  };
  const productionSide = async () => {
    if (!productionId) return null;
    const release = carriesCode(productionLatest)
      ? productionLatest
      : running(await productionHistory);
    return commitOf(ctx, built, productionId, release);
  };
  // The commits first: the comparison waits for them.
  const shas = Promise.all([stagingSide(), productionSide()]);
  const [apps, productionReleases, productionDynos, [stagingSha, productionSha]] =
    await Promise.all([
      client.filterApps(watched.map((c) => c.app.id)),
      productionHistory,
      productionId ? client.dynos(productionId) : Promise.resolve([]),
      shas,
    ]);

  let comparison: CommitComparison | null = null;
  let noComparison: string | null = null;
  if (!stagingId) noComparison = 'no staging';
  else if (!productionId) noComparison = 'no production';
  else if (!stagingSha) noComparison = 'staging runs no known commit';
  else if (!productionSha) noComparison = 'production runs no known commit';
  else {
    const nameOf = (id: string) => apps.find((a) => a.id === id)?.name ?? id;
    try {
      comparison = await ctx.diff.compare(
        {appId: stagingId, appName: nameOf(stagingId), sha: stagingSha},
        {appId: productionId, appName: nameOf(productionId), sha: productionSha},
      );
    } catch (error) {
      noComparison = describeError(error);
    }
  }
  return buildOverviewRow({
    pipeline,
    stagingId,
    productionId,
    couplings,
    apps,
    latestReleases,
    productionReleases,
    productionDynos,
    comparison,
    noComparison,
  });
}
