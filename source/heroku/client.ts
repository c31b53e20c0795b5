import {HerokuApi, type Fetched} from './api-base.js';
import {malformedError} from './http-errors.js';
import {readOutputStream, type OutputStreamOptions} from './output-stream.js';
import type {
  WireAccount,
  WireAddon,
  WireApp,
  WireBuild,
  WireBuildpackInstallation,
  WireConfigVars,
  WireCoupling,
  WireDyno,
  WireFormation,
  WireOciImage,
  WirePipeline,
  WirePromotion,
  WirePromotionTarget,
  WireRateLimit,
  WireRelease,
  WireSlug,
} from './wire.js';

export {DEFAULT_RANGE, HerokuApi, type Fetched, type HerokuClientOptions} from './api-base.js';
export type {AcceptVariant, RequestEvent} from './transport.js';

const segment = encodeURIComponent;

// The most ids one /filters/apps request may carry.
export const FILTER_IDS_MAX = 1000;

// The Heroku Platform API endpoints pipeline-tui uses; `app` is an app id or name.
export class HerokuClient extends HerokuApi {
  // Slugs and OCI images never change once built: kept for the life of the client.
  private readonly slugs = new Map<string, Promise<WireSlug>>();
  private readonly ociImages = new Map<string, Promise<WireOciImage>>();
  // Pipelines just found by name: the board's first load takes its record from here
  // instead of asking again (once; later asks go to Heroku).
  private readonly foundPipelines = new Map<string, WirePipeline>();

  // ---- account and pipelines

  async account(): Promise<WireAccount> {
    return this.object<WireAccount>('/account');
  }

  async rateLimits(): Promise<WireRateLimit> {
    const limits = await this.object<WireRateLimit>('/account/rate-limits', '3', false, false);
    if (typeof limits.remaining === 'number') this.rateLimitRemaining = limits.remaining;
    return limits;
  }

  async listPipelines(): Promise<WirePipeline[]> {
    return this.idList<WirePipeline>('/pipelines');
  }

  async pipeline(idOrName: string): Promise<WirePipeline> {
    return this.object<WirePipeline>(`/pipelines/${segment(idOrName)}`, '3.pipelines');
  }

  // The pipeline's record as the lookup by name just gave it, else from Heroku.
  async pipelineOnce(id: string): Promise<WirePipeline> {
    const found = this.foundPipelines.get(id);
    this.foundPipelines.delete(id);
    return found ?? this.pipeline(id);
  }

  async pipelinesByName(name: string): Promise<WirePipeline[]> {
    const found = await this.idList<WirePipeline>(
      `/pipelines?eq[name]=${segment(name)}`,
      '3.pipelines',
    );
    for (const pipeline of found) this.foundPipelines.set(pipeline.id, pipeline);
    return found;
  }

  // The board's lists say whether Heroku answered 304, so a refresh can tell nothing changed.
  async pipelineCouplingsWithMeta(pipelineId: string): Promise<Fetched<WireCoupling[]>> {
    return this.listWithMeta<WireCoupling>(`/pipelines/${segment(pipelineId)}/pipeline-couplings`, {
      accept: '3.sdk',
      id: true,
      loose: true,
    });
  }

  async appCoupling(app: string): Promise<WireCoupling> {
    return this.object<WireCoupling>(`/apps/${segment(app)}/pipeline-couplings`, '3.sdk');
  }

  // ---- apps

  async filterApps(appIds: string[]): Promise<WireApp[]> {
    return (await this.filterAppsWithMeta(appIds)).data;
  }

  async filterAppsWithMeta(appIds: string[]): Promise<Fetched<WireApp[]>> {
    if (appIds.length === 0) return {data: [], fromCache: false};
    // Sorted so the same set of apps hits the same cache entry.
    const ids = [...new Set(appIds)].sort();
    // Heroku takes at most 1,000 ids a request: more are asked for in parallel parts.
    const parts: string[][] = [];
    for (let i = 0; i < ids.length; i += FILTER_IDS_MAX)
      parts.push(ids.slice(i, i + FILTER_IDS_MAX));
    const answers = await Promise.all(
      parts.map((part) =>
        this.listWithMeta<WireApp>('/filters/apps', {
          accept: '3.filters',
          id: true,
          post: {in: {id: part}},
        }),
      ),
    );
    return {
      data: answers.flatMap((answer) => answer.data),
      fromCache: answers.every((answer) => answer.fromCache),
    };
  }

  async app(app: string): Promise<WireApp> {
    return this.object<WireApp>(`/apps/${segment(app)}`);
  }

  async builds(app: string): Promise<WireBuild[]> {
    return this.idList<WireBuild>(`/apps/${segment(app)}/builds`);
  }

  // The app's newest builds, newest first.
  async recentBuilds(app: string, max: number): Promise<WireBuild[]> {
    const limit = Math.min(Math.max(Math.trunc(max), 1), 1000);
    return this.list<WireBuild>(`/apps/${segment(app)}/builds`, {
      range: `created_at ..; max=${limit}, order=desc`,
      limit,
    });
  }

  async formation(app: string): Promise<WireFormation[]> {
    return (await this.formationWithMeta(app)).data;
  }

  async formationWithMeta(app: string): Promise<Fetched<WireFormation[]>> {
    return this.listWithMeta<WireFormation>(`/apps/${segment(app)}/formation`);
  }

  async dynos(app: string): Promise<WireDyno[]> {
    return (await this.dynosWithMeta(app)).data;
  }

  async dynosWithMeta(app: string): Promise<Fetched<WireDyno[]>> {
    return this.listWithMeta<WireDyno>(`/apps/${segment(app)}/dynos`);
  }

  // Values are secrets: never cached, not even in memory.
  async configVars(app: string): Promise<WireConfigVars> {
    return this.object<WireConfigVars>(`/apps/${segment(app)}/config-vars`, '3', false, false);
  }

  async addons(app: string): Promise<WireAddon[]> {
    return this.list<WireAddon>(`/apps/${segment(app)}/addons`);
  }

  async buildpacks(app: string): Promise<WireBuildpackInstallation[]> {
    return this.list<WireBuildpackInstallation>(`/apps/${segment(app)}/buildpack-installations`);
  }

  // ---- releases and artifacts

  async latestReleasesWithMeta(pipelineId: string): Promise<Fetched<WireRelease[]>> {
    return this.listWithMeta<WireRelease>(`/pipelines/${segment(pipelineId)}/latest-releases`, {
      accept: '3.sdk',
      id: true,
      loose: true,
    });
  }

  async latestDeploymentsWithMeta(pipelineId: string): Promise<Fetched<WireRelease[]>> {
    return this.listWithMeta<WireRelease>(`/pipelines/${segment(pipelineId)}/latest-deployments`, {
      accept: '3.sdk',
      id: true,
      loose: true,
    });
  }

  // The newest build of every app in the pipeline. A build's source version is the commit
  // its slug records, so these name the code of most apps without one request per slug.
  async latestBuilds(pipelineId: string): Promise<WireBuild[]> {
    return this.idList<WireBuild>(`/pipelines/${segment(pipelineId)}/latest-builds`);
  }

  // Heroku CI's test runs of a pipeline (none when the pipeline does not use Heroku CI).
  async testRuns(pipelineId: string): Promise<unknown[]> {
    return this.idList<unknown>(`/pipelines/${segment(pipelineId)}/test-runs`);
  }

  async releases(app: string, options: {max?: number} = {}): Promise<WireRelease[]> {
    const max = Math.min(Math.max(Math.trunc(options.max ?? 50), 1), 1000);
    return this.list<WireRelease>(`/apps/${segment(app)}/releases`, {
      accept: '3.sdk',
      range: `version ..; max=${max}, order=desc`,
      limit: max,
    });
  }

  async release(app: string, idOrVersion: string | number): Promise<WireRelease> {
    const path = `/apps/${segment(app)}/releases/${segment(String(idOrVersion))}`;
    return this.object<WireRelease>(path, '3.sdk');
  }

  async slug(app: string, slugId: string): Promise<WireSlug> {
    return this.remembered(this.slugs, slugId, () =>
      this.object<WireSlug>(`/apps/${segment(app)}/slugs/${segment(slugId)}`, '3.sdk'),
    );
  }

  async ociImage(app: string, imageId: string): Promise<WireOciImage> {
    return this.remembered(this.ociImages, imageId, async () => {
      const path = `/apps/${segment(app)}/oci-images/${segment(imageId)}`;
      const {data} = await this.getWithMeta<WireOciImage[]>(path, {
        accept: '3.sdk',
        shape: 'list',
        id: true,
      });
      const image = data[0];
      if (!image) {
        throw malformedError('an empty list', 200, null, {
          method: 'GET',
          path,
          host: this.apiUrl.host,
        });
      }
      return image;
    });
  }

  // Maintenance mode on or off (PATCH /apps/{app}): sent once, never retried.
  async setMaintenance(app: string, on: boolean): Promise<WireApp> {
    return this.write<WireApp>('PATCH', `/apps/${segment(app)}`, {maintenance: on});
  }

  // ---- promotion and rollback

  async createPromotion(input: {
    pipelineId: string;
    sourceAppId: string;
    releaseId: string;
    targetAppIds: string[];
    twoFactorCode?: string;
  }): Promise<WirePromotion> {
    const body = {
      pipeline: {id: input.pipelineId},
      // Pinned to the release the person reviewed, not whatever is current by now.
      source: {app: {id: input.sourceAppId}, release: {id: input.releaseId}},
      targets: input.targetAppIds.map((id) => ({app: {id}})),
    };
    return this.post<WirePromotion>('/pipeline-promotions', body, {
      twoFactorCode: input.twoFactorCode,
    });
  }

  async promotion(id: string): Promise<WirePromotion> {
    return this.object<WirePromotion>(`/pipeline-promotions/${segment(id)}`);
  }

  async promotionTargets(promotionId: string): Promise<WirePromotionTarget[]> {
    return this.idList<WirePromotionTarget>(
      `/pipeline-promotions/${segment(promotionId)}/promotion-targets`,
    );
  }

  async rollback(
    app: string,
    releaseId: string,
    options: {twoFactorCode?: string} = {},
  ): Promise<WireRelease> {
    return this.post<WireRelease>(
      `/apps/${segment(app)}/releases`,
      {release: releaseId},
      {
        accept: '3.sdk',
        twoFactorCode: options.twoFactorCode,
      },
    );
  }

  // The output URL is a secret of its own on another host: it never gets the token.
  async readOutputStream(url: string, options: OutputStreamOptions = {}): Promise<string | null> {
    return readOutputStream(url, {
      userAgent: this.userAgent,
      timeoutMs: this.timeoutMs * 20,
      ...options,
    });
  }
}
