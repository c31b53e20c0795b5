import {buildOverviewRow, firstOfStage, type OverviewRow} from '../board/overview-rows.js';
import type {CommitComparison, PipelineSummary} from '../board/types.js';
import {NotFoundError} from '../heroku/errors.js';
import {checkedCouplings, checkedReleases} from '../heroku/snapshot-shapes.js';
import type {HerokuClient} from '../heroku/client.js';
import type {WireRelease} from '../heroku/wire.js';
import {describeError} from '../shared/errors.js';
import type {ServicesDeps} from './deps.js';

// One overview row's requests: at most ROW_REQUESTS Heroku requests, in four rounds, and one
// commit comparison (staging against production) from the diff source.

// couplings, latest releases, apps, production releases, production dynos, two slugs or
// images, and staging's history when its latest release carries no code.
export const ROW_REQUESTS = 8;
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

async function commitOf(ctx: RowLoadContext, appId: string, release: WireRelease | undefined) {
  if (!release) return null;
  const slugId = release.slug?.id;
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
  ctx.count();
  if (!latest) ctx.count();
  const [couplingsResult, latestList] = await Promise.all([
    client.pipelineCouplingsWithMeta(pipeline.id),
    latest
      ? Promise.resolve(latest)
      : client.latestReleasesWithMeta(pipeline.id).then((r) => r.data),
  ]);
  const couplings = checkedCouplings(couplingsResult.data, notes);
  const latestReleases = checkedReleases(latestList, 'latest release', notes);
  const watched = couplings.filter((c) => c.stage === 'staging' || c.stage === 'production');
  if (watched.length > 0) ctx.count();
  const apps = await client.filterApps(watched.map((c) => c.app.id));
  const stagingId = firstOfStage(couplings, 'staging', apps);
  const productionId = firstOfStage(couplings, 'production', apps);
  const latestOf = (id: string | null) =>
    latestReleases.filter((r) => r.app?.id === id).sort((a, b) => b.version - a.version)[0];

  const stagingLatest = latestOf(stagingId);
  const stagingNeedsHistory = stagingId !== null && !carriesCode(stagingLatest);
  // The production app's history and its dynos.
  if (productionId) ctx.count(2);
  if (stagingNeedsHistory) ctx.count();
  const [productionReleases, productionDynos, stagingHistory] = await Promise.all([
    productionId ? client.releases(productionId, {max: HISTORY}) : Promise.resolve([]),
    productionId ? client.dynos(productionId) : Promise.resolve([]),
    stagingNeedsHistory ? client.releases(stagingId, {max: HISTORY}) : Promise.resolve([]),
  ]);
  const stagingRelease = stagingNeedsHistory ? running(stagingHistory) : stagingLatest;
  const [stagingSha, productionSha] = await Promise.all([
    stagingId ? commitOf(ctx, stagingId, stagingRelease) : null,
    productionId ? commitOf(ctx, productionId, running(productionReleases)) : null,
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
    couplings,
    apps,
    latestReleases,
    productionReleases,
    productionDynos,
    comparison,
    noComparison,
  });
}
