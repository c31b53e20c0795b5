import {unpipedApps} from '../board/unpiped-apps.js';
import type {Stage} from '../board/types.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {HerokuClient} from '../heroku/client.js';
import {NotFoundError} from '../heroku/errors.js';
import {describeError} from '../shared/errors.js';
import {HerokuSetupClient} from '../heroku/setup-client.js';
import type {WireApp, WireCoupling, WirePipeline} from '../heroku/wire.js';
import {
  PartialCreateError,
  type SetupCoupling,
  type SetupPipeline,
  type SetupServices,
} from '../contract/setup.js';

export type {SetupServices} from '../contract/setup.js';

const pipelineOf = (wire: WirePipeline): SetupPipeline => ({
  id: wire.id,
  name: wire.name,
  owner: wire.owner ?? null,
});

const couplingOf = (wire: WireCoupling, app: WireApp, pipeline: SetupPipeline): SetupCoupling => ({
  id: wire.id,
  appId: app.id,
  appName: app.name,
  pipelineId: pipeline.id,
  pipelineName: wire.pipeline.name ?? pipeline.name,
  stage: wire.stage,
});

// Heroku's "Couldn't find that app." does not say which one.
async function notFoundSaying<T>(load: () => Promise<T>, sentence: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(sentence, {
        status: 404,
        id: error.id,
        requestId: error.requestId,
        method: error.method,
        path: error.path,
      });
    }
    throw error;
  }
}

export function createSetupServices(client: HerokuClient): SetupServices {
  const setup = new HerokuSetupClient(client);
  const name = (text: string) => sanitizeText(text);

  const findApp = (app: string) =>
    notFoundSaying(
      () => client.app(app),
      `Heroku has no app named ${name(app)} that this account can see.`,
    );
  const findPipeline = async (pipeline: string) =>
    pipelineOf(
      await notFoundSaying(
        () => client.pipeline(pipeline),
        `Heroku has no pipeline named ${name(pipeline)} that this account can see.`,
      ),
    );
  // The coupling of an app and the pipeline it is in; a 404 means it is in none.
  const currentCoupling = async (app: string) => {
    const wireApp = await findApp(app);
    try {
      const wire = await client.appCoupling(wireApp.id);
      const pipeline = await findPipeline(wire.pipeline.id);
      return couplingOf(wire, wireApp, pipeline);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  };
  const requireCoupling = async (app: string) => {
    const coupling = await currentCoupling(app);
    if (!coupling) throw new NotFoundError(`${name(app)} is in no pipeline.`, {status: 404});
    return coupling;
  };
  const couple = async (pipeline: SetupPipeline, app: WireApp, stage: Stage) =>
    couplingOf(
      await setup.createCoupling({app: app.id, pipelineId: pipeline.id, stage}),
      app,
      pipeline,
    );

  return {
    async createPipeline(input) {
      // Checked before anything is sent, so an unknown app or team creates nothing.
      const team = input.team ? await setup.team(input.team) : null;
      const app = input.app ? await findApp(input.app.name) : null;
      const created = pipelineOf(
        await setup.createPipeline({
          name: input.name,
          owner: team ? {id: team.id, type: 'team'} : undefined,
        }),
      );
      if (!app || !input.app) return {pipeline: created, coupling: null};
      try {
        return {pipeline: created, coupling: await couple(created, app, input.app.stage)};
      } catch (error) {
        throw new PartialCreateError(
          created,
          error,
          `Pipeline ${name(created.name)} was created, but adding ${name(app.name)} to it failed: ${describeError(error)}`,
        );
      }
    },
    async addApp(input) {
      const pipeline = await findPipeline(input.pipeline);
      return couple(pipeline, await findApp(input.app), input.stage);
    },
    async moveApp(input) {
      const current = await requireCoupling(input.app);
      const wire = await setup.updateCoupling(current.id, input.stage);
      return {from: current.stage, coupling: {...current, stage: wire.stage}};
    },
    async removeApp(input) {
      const current = await requireCoupling(input.app);
      await setup.deleteCoupling(current.id);
      return current;
    },
    async renamePipeline(input) {
      const pipeline = await findPipeline(input.pipeline);
      return pipelineOf(await setup.renamePipeline(pipeline.id, input.name));
    },
    async destroyPipeline(input) {
      const pipeline = await findPipeline(input.pipeline);
      return pipelineOf(await setup.destroyPipeline(pipeline.id));
    },
    async listUnpipedApps() {
      const [apps, teams, couplings] = await Promise.all([
        setup.apps(),
        setup.teams(),
        setup.allCouplings(),
      ]);
      const teamApps = await Promise.all(teams.map((team) => setup.teamApps(team.id)));
      return unpipedApps([...apps, ...teamApps.flat()], couplings);
    },
    async listCoupledApps() {
      const [apps, teams, couplings] = await Promise.all([
        setup.apps(),
        setup.teams(),
        setup.allCouplings(),
      ]);
      const teamApps = await Promise.all(teams.map((team) => setup.teamApps(team.id)));
      const names = new Map([...apps, ...teamApps.flat()].map((app) => [app.id, app.name]));
      return couplings.flatMap((c) => {
        const appName = c.app.name ?? names.get(c.app.id);
        return appName ? [{appName, pipelineName: c.pipeline.name ?? c.pipeline.id}] : [];
      });
    },
    async listOwners() {
      const [account, teams] = await Promise.all([client.account(), setup.teams()]);
      return [
        {id: account.id, type: 'user' as const, name: account.email},
        ...teams.map((team) => ({id: team.id, type: 'team' as const, name: team.name})),
      ];
    },
    async stagesOf(pipeline) {
      const {id} = await findPipeline(pipeline);
      return (await client.pipelineCouplingsWithMeta(id)).data.map((c) => c.stage);
    },
    couplingOf: currentCoupling,
  };
}
