import {randomUUID} from 'node:crypto';
import {herokuError, json, listReply, notFound} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {appJson, couplingJson, pipelineJson} from './serialize.js';
import {couplingOf, findApp} from './state.js';
import type {SimApp, SimPipeline, SimState} from './state.js';
import type {WireStage} from '../heroku/wire.js';

// Setting a pipeline up, as `heroku pipelines:create|add|update|remove|rename|destroy` do:
// pipelines and couplings created, changed and deleted, and the team apps list.

const PIPELINE_NAME = /^[a-z][a-z0-9-]{2,29}$/;
const STAGES: readonly WireStage[] = ['test', 'review', 'development', 'staging', 'production'];

const route = (method: string, pattern: RegExp, handle: Route['handle']): Route => ({
  method,
  pattern,
  zone: 'heroku',
  handle,
});

type Body = Record<string, unknown>;
const bodyOf = (ctx: RouteContext): Body =>
  ctx.body !== null && typeof ctx.body === 'object' ? (ctx.body as Body) : {};

const invalid = (message: string) => herokuError(422, 'invalid_params', message);

const now = () => new Date().toISOString();

function refOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const {id, name} = value as {id?: unknown; name?: unknown};
    if (typeof id === 'string') return id;
    if (typeof name === 'string') return name;
  }
  return null;
}

function findTeam(state: SimState, idOrName: string) {
  return [...state.teams.values()].find((t) => t.id === idOrName || t.name === idOrName);
}

// Pipelines are found by id only here, as PATCH and DELETE take an id.
function pipelineById(state: SimState, id: string): SimPipeline | undefined {
  return state.pipelines.find((p) => p.id === id || p.name === id);
}

function nameProblem(state: SimState, name: unknown, owner: SimPipeline['owner'], self?: string) {
  if (typeof name !== 'string' || !PIPELINE_NAME.test(name)) {
    return invalid(
      'Name must start with a letter, contain only lowercase letters, digits and dashes, and be 3 to 30 characters long.',
    );
  }
  const taken = state.pipelines.some(
    (p) => p.id !== self && p.name === name && p.owner?.id === owner?.id,
  );
  return taken ? invalid('Name has already been taken.') : null;
}

function stageProblem(stage: unknown): Reply | null {
  return typeof stage === 'string' && (STAGES as readonly string[]).includes(stage)
    ? null
    : invalid(`Stage must be one of ${STAGES.join(', ')}.`);
}

function forbidden(app: SimApp): Reply | null {
  return app.readOnly
    ? herokuError(403, 'forbidden', `You do not have access to the app ${app.name}.`)
    : null;
}

function createPipeline(ctx: RouteContext): Reply {
  const body = bodyOf(ctx);
  let owner: SimPipeline['owner'] = {id: ctx.state.account.id, type: 'user'};
  if (body.owner !== undefined && body.owner !== null) {
    const {id, type} = body.owner as {id?: unknown; type?: unknown};
    if (type === 'team') {
      const team = typeof id === 'string' ? findTeam(ctx.state, id) : undefined;
      if (!team) return notFound('team');
      owner = {id: team.id, type: 'team'};
    } else if (type !== 'user' || id !== ctx.state.account.id) {
      return invalid('Owner must be your account or one of your teams.');
    }
  }
  const problem = nameProblem(ctx.state, body.name, owner);
  if (problem) return problem;
  const at = now();
  const pipeline: SimPipeline = {
    id: randomUUID(),
    name: body.name as string,
    owner,
    generation: 'cedar',
    createdAt: at,
    updatedAt: at,
  };
  ctx.state.pipelines.push(pipeline);
  return json(pipelineJson(pipeline), 201);
}

function createCoupling(ctx: RouteContext): Reply {
  const body = bodyOf(ctx);
  const appRef = refOf(body.app);
  const pipelineRef = refOf(body.pipeline);
  if (!appRef || !pipelineRef) return invalid('Expected {"app", "pipeline", "stage"}.');
  const stageRefused = stageProblem(body.stage);
  if (stageRefused) return stageRefused;
  const pipeline = pipelineById(ctx.state, pipelineRef);
  if (!pipeline) return notFound('pipeline');
  const app = findApp(ctx.state, appRef);
  if (!app) return notFound('app');
  const refused = forbidden(app);
  if (refused) return refused;
  const existing = couplingOf(ctx.state, app.id);
  if (existing) {
    const other = ctx.state.pipelines.find((p) => p.id === existing.pipelineId);
    return invalid(`App ${app.name} is already a member of pipeline ${other?.name ?? 'unknown'}.`);
  }
  const at = now();
  const coupling = {
    id: randomUUID(),
    appId: app.id,
    pipelineId: pipeline.id,
    stage: body.stage as WireStage,
    createdAt: at,
    updatedAt: at,
  };
  ctx.state.couplings.push(coupling);
  return json(couplingJson(ctx.state, coupling), 201);
}

function couplingAndApp(ctx: RouteContext, id: string) {
  const coupling = ctx.state.couplings.find((c) => c.id === id);
  const app = coupling && ctx.state.apps.find((a) => a.id === coupling.appId);
  return coupling && app ? {coupling, app} : null;
}

export const setupRoutes: Route[] = [
  route('POST', /^\/pipelines$/, createPipeline),
  route('PATCH', /^\/pipelines\/([^/]+)$/, (ctx, [id]) => {
    const pipeline = pipelineById(ctx.state, id!);
    if (!pipeline) return notFound('pipeline');
    const {name} = bodyOf(ctx);
    const problem = nameProblem(ctx.state, name, pipeline.owner, pipeline.id);
    if (problem) return problem;
    pipeline.name = name as string;
    pipeline.updatedAt = now();
    return json(pipelineJson(pipeline));
  }),
  // The apps stay: only the pipeline and its couplings go.
  route('DELETE', /^\/pipelines\/([^/]+)$/, (ctx, [id]) => {
    const pipeline = pipelineById(ctx.state, id!);
    if (!pipeline) return notFound('pipeline');
    ctx.state.pipelines = ctx.state.pipelines.filter((p) => p.id !== pipeline.id);
    ctx.state.couplings = ctx.state.couplings.filter((c) => c.pipelineId !== pipeline.id);
    return json(pipelineJson(pipeline));
  }),
  route('POST', /^\/pipeline-couplings$/, createCoupling),
  route('PATCH', /^\/pipeline-couplings\/([^/]+)$/, (ctx, [id]) => {
    const found = couplingAndApp(ctx, id!);
    if (!found) return notFound('pipeline coupling');
    const {stage} = bodyOf(ctx);
    const problem = stageProblem(stage) ?? forbidden(found.app);
    if (problem) return problem;
    found.coupling.stage = stage as WireStage;
    found.coupling.updatedAt = now();
    return json(couplingJson(ctx.state, found.coupling));
  }),
  route('DELETE', /^\/pipeline-couplings\/([^/]+)$/, (ctx, [id]) => {
    const found = couplingAndApp(ctx, id!);
    if (!found) return notFound('pipeline coupling');
    const refused = forbidden(found.app);
    if (refused) return refused;
    ctx.state.couplings = ctx.state.couplings.filter((c) => c.id !== found.coupling.id);
    return json(couplingJson(ctx.state, found.coupling));
  }),
  route('GET', /^\/teams\/([^/]+)\/apps$/, (ctx, [idOrName]) => {
    const team = findTeam(ctx.state, idOrName!);
    if (!team) return notFound('team');
    const apps = ctx.state.apps.filter((app) => app.teamId === team.id);
    return listReply(
      ctx,
      apps.map((app) => appJson(ctx.state, app)),
      ['id', 'name', 'updated_at'],
    );
  }),
];
