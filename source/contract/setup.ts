import type {Stage} from '../board/types.js';
import type {UnpipedApp} from '../board/unpiped-apps.js';
import {PipelineTuiError} from '../shared/errors.js';

// What the setup commands and dialogs call: create, add, move, remove, rename, destroy.

export type SetupOwner = {id: string; type: 'user' | 'team'; name: string};

export type SetupPipeline = {
  id: string;
  name: string;
  owner: {id: string; type: 'user' | 'team'} | null;
};

export type SetupCoupling = {
  id: string;
  appId: string;
  appName: string;
  pipelineId: string;
  pipelineName: string;
  stage: Stage | 'test'; // `test` is Heroku CI's, not shown on the board
};

export type CreatePipelineInput = {
  name: string;
  team?: string; // a team's name or id; the account owns the pipeline without one
  app?: {name: string; stage: Stage};
};

export type CreatePipelineResult = {pipeline: SetupPipeline; coupling: SetupCoupling | null};

export type SetupServices = {
  createPipeline(input: CreatePipelineInput): Promise<CreatePipelineResult>;
  addApp(input: {pipeline: string; app: string; stage: Stage}): Promise<SetupCoupling>;
  moveApp(input: {
    app: string;
    stage: Stage;
  }): Promise<{from: Stage | 'test'; coupling: SetupCoupling}>;
  removeApp(input: {app: string}): Promise<SetupCoupling>;
  renamePipeline(input: {pipeline: string; name: string}): Promise<SetupPipeline>;
  destroyPipeline(input: {pipeline: string}): Promise<SetupPipeline>;
  listUnpipedApps(): Promise<UnpipedApp[]>;
  // The apps already in a pipeline, with its name: an app typed in full says where it is.
  listCoupledApps(): Promise<Array<{appName: string; pipelineName: string}>>;
  listOwners(): Promise<SetupOwner[]>;
  // The stages a pipeline's apps are coupled to, one entry per app.
  stagesOf(pipeline: string): Promise<Array<Stage | 'test'>>;
  // The coupling of an app, or null when it is in no pipeline.
  couplingOf(app: string): Promise<SetupCoupling | null>;
};

// The pipeline was created but the app could not be coupled: the pipeline is left in place
// (empty) and the message says so, so nobody creates it a second time.
export class PartialCreateError extends PipelineTuiError {
  override name = 'PartialCreateError';
  constructor(
    readonly created: SetupPipeline,
    override readonly cause: unknown,
    message: string,
  ) {
    super(message);
  }
}
