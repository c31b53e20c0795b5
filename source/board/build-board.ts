import type {PipelineSnapshot} from '../heroku/snapshot-types.js';
import type {
  WireApp,
  WireCoupling,
  WireDyno,
  WireFormation,
  WirePipeline,
  WireRelease,
} from '../heroku/wire.js';
import {latestByApp} from '../shared/latest-by-app.js';
import {comparedPairs, comparisonFromShas} from './comparisons.js';
import {openableUrl} from '../shared/web-url.js';
import {firstLine, sanitizeText} from '../shared/sanitize.js';
import {isBoardStage, namingWarning} from './stages.js';
import {
  STAGES,
  type AppCard,
  type Board,
  type Commit,
  type Comparison,
  type DynoGroup,
  type PipelineSummary,
  type Release,
  type ReleaseStatus,
  type Stage,
} from './types.js';

// This module is where wire data becomes domain data, and so the one place that copes
// with fields Heroku left out: every read below tolerates an absent or null value.
// Ids are kept as Heroku sent them (they are sent back in requests, never drawn);
// every other string goes through sanitizeText.

const RELEASE_STATUSES: readonly string[] = ['pending', 'succeeded', 'failed', 'expired'];

function text(value: string | null | undefined): string | null {
  const clean = sanitizeText(value).trim();
  return clean === '' ? null : clean;
}

function generationOf(value: {name?: string} | null | undefined): 'cedar' | 'fir' | null {
  const name = value?.name;
  return name === 'cedar' || name === 'fir' ? name : null;
}

export function toPipelineSummary(pipeline: WirePipeline): PipelineSummary {
  const owner = pipeline.owner;
  const ownerType = owner?.type === 'team' || owner?.type === 'user' ? owner.type : null;
  return {
    id: String(pipeline.id ?? ''),
    name: sanitizeText(pipeline.name),
    ownerType,
    ownerId: owner?.id ?? null,
    createdAt: pipeline.created_at ?? null,
    generation: generationOf(pipeline.generation),
  };
}

// Releases made before Heroku reported a status carry none; those all succeeded.
function releaseStatus(status: string | null | undefined): ReleaseStatus {
  if (status === null || status === undefined) return 'succeeded';
  return RELEASE_STATUSES.includes(status) ? (status as ReleaseStatus) : 'pending';
}

export function toRelease(wire: WireRelease): Release {
  return {
    id: String(wire.id ?? ''),
    version: typeof wire.version === 'number' && Number.isFinite(wire.version) ? wire.version : 0,
    status: releaseStatus(wire.status),
    description: sanitizeText(wire.description).trim(),
    createdAt: wire.created_at ?? '',
    user: text(wire.user?.email),
    current: wire.current === true,
    eligibleForRollback: wire.eligible_for_rollback === true,
    slugId: wire.slug?.id ?? null,
    ociImageId: wire.oci_image?.id ?? null,
    outputStreamUrl: wire.output_stream_url ?? null,
  };
}

function carriesCode(release: WireRelease): boolean {
  return Boolean(release.slug?.id || release.oci_image?.id);
}

// The loader says which release runs; when it did not look (no key), the newest release
// stands in if it is a succeeded one with code.
function deployedWire(snapshot: PipelineSnapshot, appId: string, latest: WireRelease | undefined) {
  const deployed = snapshot.deployedReleases ?? {};
  if (Object.hasOwn(deployed, appId)) return deployed[appId] ?? null;
  if (latest && releaseStatus(latest.status) === 'succeeded' && carriesCode(latest)) return latest;
  return null;
}

// Cedar builds a slug, Fir an OCI image; either records the commit it was built from.
function commitOf(snapshot: PipelineSnapshot, release: WireRelease | null): Commit | null {
  if (!release) return null;
  const slugId = release.slug?.id;
  const ociId = release.oci_image?.id;
  const artifact =
    (slugId ? snapshot.slugs?.[slugId] : undefined) ??
    (ociId ? snapshot.ociImages?.[ociId] : undefined);
  const sha = text(artifact?.commit);
  if (!artifact || sha === null) return null;
  return {sha, message: firstLine(artifact.commit_description) || null};
}

// One-off dynos (heroku run, the scheduler, the release phase) are not part of the
// app's formation and would read as extra capacity.
const ONE_OFF_TYPES = new Set(['run', 'scheduler', 'release']);

function emptyGroup(type: string, quantity: number, size: string | null): DynoGroup {
  return {type, quantity, size, up: 0, crashed: 0, starting: 0, idle: 0, down: 0};
}

export function dynoGroups(formation: WireFormation[], dynos: WireDyno[]): DynoGroup[] {
  const groups = new Map<string, DynoGroup>();
  const inFormation = new Set<string>();
  for (const entry of formation) {
    const type = text(entry?.type);
    if (type === null || groups.has(type)) continue;
    inFormation.add(type);
    const quantity = typeof entry.quantity === 'number' ? Math.max(0, entry.quantity) : 0;
    groups.set(type, emptyGroup(type, quantity, text(entry.dyno_size?.name) ?? text(entry.size)));
  }
  for (const dyno of dynos) {
    const type = text(dyno?.type) ?? text(dyno?.name?.split('.')[0]);
    if (type === null) continue;
    let target = groups.get(type);
    if (!target) {
      if (ONE_OFF_TYPES.has(type)) continue;
      target = emptyGroup(type, 0, text(dyno.size));
      groups.set(type, target);
    }
    // A type missing from the formation we have: what runs is all we know of its size.
    if (!inFormation.has(type)) target.quantity++;
    const state = dyno.state;
    if (state === 'up' || state === 'crashed' || state === 'starting' || state === 'idle') {
      target[state]++;
    } else if (state === 'down') target.down++;
    (target.versions ??= []).push(
      typeof dyno.release?.version === 'number' ? dyno.release.version : null,
    );
  }
  // Only a snapshot that says which release dynos run has a rollout to show.
  for (const group of groups.values()) {
    if (group.versions?.every((v) => v === null)) delete group.versions;
  }
  return [...groups.values()].sort((a, b) =>
    a.type === 'web' ? -1 : b.type === 'web' ? 1 : a.type.localeCompare(b.type, 'en'),
  );
}

function toCard(
  snapshot: PipelineSnapshot,
  coupling: WireCoupling,
  stage: Stage,
  app: WireApp | undefined,
  latest: WireRelease | undefined,
  pipelineGeneration: 'cedar' | 'fir' | null,
): AppCard {
  const id = coupling.app.id;
  const name = text(app?.name) ?? text(coupling.app.name) ?? id;
  const deployed = deployedWire(snapshot, id, latest);
  const dynos = snapshot.dynos ?? {};
  return {
    id,
    name,
    stage,
    release: latest ? toRelease(latest) : null,
    deployedRelease: deployed ? toRelease(deployed) : null,
    commit: commitOf(snapshot, deployed),
    maintenance: app?.maintenance === true,
    dynos: Object.hasOwn(dynos, id)
      ? dynoGroups(snapshot.formations?.[id] ?? [], dynos[id] ?? [])
      : null,
    stack: text(app?.stack?.name),
    region: text(app?.region?.name),
    // Opened by `o`: only a web page, never file: or a custom scheme from the API.
    webUrl: text(openableUrl(app?.web_url)),
    generation: generationOf(app?.generation) ?? pipelineGeneration,
    namingWarning: namingWarning(name, stage),
  };
}

// Columns come in STAGES order, empty ones included (the layout decides what to hide).
// Within a stage apps are sorted by name, review apps too, so a card keeps its place
// across refreshes.
export function buildBoard(snapshot: PipelineSnapshot, comparisons?: Comparison[]): Board {
  const pipeline = toPipelineSummary(snapshot.pipeline ?? {id: '', name: ''});
  const apps = new Map((snapshot.apps ?? []).map((app) => [app.id, app]));
  const latest = latestByApp(snapshot.latestReleases ?? []);
  const columns = STAGES.map((stage) => ({stage, apps: [] as AppCard[]}));
  const placed = new Set<string>();
  for (const coupling of snapshot.couplings ?? []) {
    const appId = coupling?.app?.id;
    const stage = coupling?.stage;
    if (!appId || placed.has(appId) || !stage || !isBoardStage(stage)) continue;
    placed.add(appId);
    const card = toCard(
      snapshot,
      coupling,
      stage,
      apps.get(appId),
      latest.get(appId),
      pipeline.generation,
    );
    columns.find((c) => c.stage === stage)?.apps.push(card);
  }
  for (const column of columns) {
    column.apps.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  }
  return {
    pipeline,
    columns,
    comparisons:
      comparisons ?? comparedPairs({columns}).map((p) => comparisonFromShas(p.from, p.to)),
    notes: (snapshot.notes ?? []).map(sanitizeText),
  };
}
