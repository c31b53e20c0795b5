import type {Fetched} from './api-base.js';
import {HerokuAppsApi} from './apps-api.js';
import {malformedError} from './http-errors.js';
import {readOutputStream, type OutputStreamOptions} from './output-stream.js';
import type {
  WireAccount,
  WireApp,
  WireBuild,
  WireCoupling,
  WireOciImage,
  WirePipeline,
  WirePromotion,
  WirePromotionTarget,
  WireRateLimit,
  WireRelease,
  WireSlug,
} from './wire.js';

export {DEFAULT_RANGE, HerokuApi, type Fetched, type HerokuClientOptions} from './api-base.js';
export {FILTER_IDS_MAX, HerokuAppsApi} from './apps-api.js';
export type {AcceptVariant, RequestEvent} from './transport.js';

const segment = encodeURIComponent;

// The Heroku Platform API endpoints pipeline-tui uses; `app` is an app id or name. The
// endpoints of one app and its parts are in apps-api.ts.
export class HerokuClient extends HerokuAppsApi {
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
