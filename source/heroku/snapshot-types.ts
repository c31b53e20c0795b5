import type {
  WireApp,
  WireCoupling,
  WireDyno,
  WireFormation,
  WireOciImage,
  WirePipeline,
  WireRelease,
  WireSlug,
} from './wire.js';

// Everything the board is built from, fetched by loadPipelineSnapshot() in as few
// sequential round trips as the API allows. Keys of the records are ids.
export type PipelineSnapshot = {
  pipeline: WirePipeline;
  couplings: WireCoupling[];
  apps: WireApp[];
  // The newest release of each app, of any kind (from latest-releases).
  latestReleases: WireRelease[];
  // app id -> the newest succeeded release that carries code (slug or OCI image); null when none.
  deployedReleases: Record<string, WireRelease | null>;
  slugs: Record<string, WireSlug>;
  ociImages: Record<string, WireOciImage>;
  // app id -> dynos / formation; an absent key means not fetched (unknown).
  dynos: Record<string, WireDyno[]>;
  formations: Record<string, WireFormation[]>;
  fetchedAt: string; // ISO-8601
  // What was left out or could not be read, one sentence each (see snapshot-shapes.ts).
  notes?: string[];
};
