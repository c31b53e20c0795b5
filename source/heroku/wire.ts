// Shapes as the Heroku Platform API (v3) returns them: snake_case, every field the
// project reads. Fields Heroku may omit are optional; the mapping in source/board/
// turns these into domain types and is the one place that copes with absences.

export type Ref = {id: string};
export type NamedRef = {id: string; name: string};

export type WireAccount = {
  id: string;
  email: string;
  name?: string | null;
  two_factor_authentication?: boolean;
};

export type WirePipeline = {
  id: string;
  name: string;
  owner?: {id: string; type: 'team' | 'user'} | null;
  generation?: {id?: string; name: 'cedar' | 'fir'} | null;
  created_at?: string;
  updated_at?: string;
};

export type WireStage = 'test' | 'review' | 'development' | 'staging' | 'production';

export type WireCoupling = {
  id: string;
  app: {id: string; name?: string};
  pipeline: {id: string; name?: string};
  stage: WireStage;
  created_at?: string;
  updated_at?: string;
};

export type WireApp = {
  id: string;
  name: string;
  owner?: {id: string; email: string} | null;
  team?: NamedRef | null;
  region?: NamedRef | null;
  stack?: NamedRef | null;
  build_stack?: NamedRef | null;
  web_url?: string | null;
  maintenance?: boolean;
  released_at?: string | null;
  created_at?: string;
  updated_at?: string;
  generation?: {id?: string; name: 'cedar' | 'fir'} | null;
  buildpack_provided_description?: string | null;
};

export type WireReleaseStatus = 'pending' | 'succeeded' | 'failed' | 'expired';

export type WireRelease = {
  id: string;
  version: number;
  status: WireReleaseStatus;
  current?: boolean;
  description?: string;
  user?: {id: string; email: string} | null;
  slug?: Ref | null;
  oci_image?: Ref | null;
  output_stream_url?: string | null;
  eligible_for_rollback?: boolean;
  created_at: string;
  updated_at?: string;
  // Present on the pipeline-wide latest-releases/latest-deployments lists.
  app?: {id: string; name?: string};
};

export type WireSlug = {
  id: string;
  commit: string | null;
  commit_description?: string | null;
  buildpack_provided_description?: string | null;
  size?: number | null;
  stack?: NamedRef | null;
  created_at?: string;
};

export type WireOciImage = {
  id: string;
  commit?: string | null;
  commit_description?: string | null;
  base_image_name?: string | null;
  created_at?: string;
};

export type WireBuild = {
  id: string;
  app?: Ref | null;
  status: 'pending' | 'succeeded' | 'failed';
  source_blob?: {version?: string | null; version_description?: string | null; url?: string | null};
  release?: Ref | null;
  slug?: Ref | null;
  output_stream_url?: string | null;
  user?: {id: string; email: string} | null;
  created_at: string;
  updated_at?: string;
};

export type WireFormation = {
  id?: string;
  type: string;
  quantity: number;
  size?: string;
  dyno_size?: {id?: string; name: string} | null;
  command?: string;
};

export type WireDynoState = 'crashed' | 'down' | 'idle' | 'starting' | 'up';

export type WireDyno = {
  id?: string;
  name: string;
  type: string;
  state: WireDynoState;
  size?: string;
  release?: {id: string; version: number} | null;
  updated_at?: string;
};

export type WireConfigVars = Record<string, string>;

export type WireAddon = {
  id?: string;
  name: string;
  addon_service: {id?: string; name: string};
  plan: {id?: string; name: string};
  state?: 'provisioning' | 'provisioned' | 'deprovisioned' | string;
  app?: {id: string; name?: string};
};

export type WireBuildpackInstallation = {
  ordinal: number;
  buildpack: {url: string; name?: string | null};
};

export type WirePromotion = {
  id: string;
  pipeline: Ref;
  source: {app: Ref; release: Ref};
  status: 'pending' | 'completed';
  created_at: string;
  updated_at?: string;
};

export type WirePromotionTarget = {
  id: string;
  app: Ref;
  pipeline_promotion: Ref;
  status: 'pending' | 'succeeded' | 'failed';
  error_message: string | null;
  release: Ref | null;
};

export type WireErrorBody = {id: string; message: string; url?: string};

export type WireRateLimit = {remaining: number};
