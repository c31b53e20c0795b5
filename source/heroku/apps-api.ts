import {HerokuApi, type Fetched} from './api-base.js';
import type {
  WireAddon,
  WireApp,
  WireBuild,
  WireBuildpackInstallation,
  WireConfigVars,
  WireDyno,
  WireFormation,
} from './wire.js';

const segment = encodeURIComponent;

// The most ids one /filters/apps request may carry.
export const FILTER_IDS_MAX = 1000;

// The endpoints of one app and its parts: builds, formation, dynos, config, add-ons,
// buildpacks. HerokuClient (client.ts) adds pipelines, releases and promotions to them.
export class HerokuAppsApi extends HerokuApi {
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
}
