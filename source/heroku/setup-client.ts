import type {HerokuApi} from './api-base.js';
import type {WireApp, WireCoupling, WirePipeline, WireStage} from './wire.js';

// The endpoints that set a pipeline up: create, rename and destroy it, couple, move and
// uncouple apps, and the lists that say which apps are in no pipeline. Writes go out once:
// a repeated POST /pipelines would be a second pipeline.

export type WireTeam = {id: string; name: string; role?: string | null};

export type PipelineOwner = {id: string; type: 'team' | 'user'};

const segment = encodeURIComponent;

export class HerokuSetupClient {
  constructor(private readonly api: HerokuApi) {}

  async createPipeline(input: {name: string; owner?: PipelineOwner}): Promise<WirePipeline> {
    const body = input.owner ? {name: input.name, owner: input.owner} : {name: input.name};
    return this.api.write<WirePipeline>('POST', '/pipelines', body);
  }

  async renamePipeline(pipelineId: string, name: string): Promise<WirePipeline> {
    return this.api.write<WirePipeline>('PATCH', `/pipelines/${segment(pipelineId)}`, {name});
  }

  async destroyPipeline(pipelineId: string): Promise<WirePipeline> {
    return this.api.write<WirePipeline>('DELETE', `/pipelines/${segment(pipelineId)}`);
  }

  // `app` is an app id or name, as Heroku accepts either.
  async createCoupling(input: {
    app: string;
    pipelineId: string;
    stage: WireStage;
  }): Promise<WireCoupling> {
    return this.api.write<WireCoupling>('POST', '/pipeline-couplings', {
      app: input.app,
      pipeline: input.pipelineId,
      stage: input.stage,
    });
  }

  async updateCoupling(couplingId: string, stage: WireStage): Promise<WireCoupling> {
    return this.api.write<WireCoupling>('PATCH', `/pipeline-couplings/${segment(couplingId)}`, {
      stage,
    });
  }

  async deleteCoupling(couplingId: string): Promise<WireCoupling> {
    return this.api.write<WireCoupling>('DELETE', `/pipeline-couplings/${segment(couplingId)}`);
  }

  // Every coupling the account can see, in one ranged list.
  async allCouplings(): Promise<WireCoupling[]> {
    return (await this.api.listWithMeta<WireCoupling>('/pipeline-couplings', {id: true})).data;
  }

  async apps(): Promise<WireApp[]> {
    return (await this.api.listWithMeta<WireApp>('/apps', {id: true})).data;
  }

  async teams(): Promise<WireTeam[]> {
    return (await this.api.listWithMeta<WireTeam>('/teams', {id: true})).data;
  }

  async team(idOrName: string): Promise<WireTeam> {
    return this.api.get<WireTeam>(`/teams/${segment(idOrName)}`);
  }

  async teamApps(team: string): Promise<WireApp[]> {
    return (await this.api.listWithMeta<WireApp>(`/teams/${segment(team)}/apps`, {id: true})).data;
  }
}
