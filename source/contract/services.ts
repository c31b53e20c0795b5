import type {AppCard, Board, CommitComparison, DynoGroup, PipelineSummary} from '../board/types.js';
import type {CiServices} from '../board/ci-status.js';
import type {DriftServices} from './drift.js';
import type {BellServices, NotesServices} from './notes.js';
import type {LogServices} from './logs.js';
import type {OverviewServices} from './overview.js';
import type {PromotionServices} from './promotion.js';
import type {SetupServices} from './setup.js';

// What the screens may ask of the outside world. cli.tsx builds the real one from the
// Heroku client, the diff sources and the credentials store (source/services/);
// tests hand in one backed by the simulator or plain fakes. Components never import
// source/heroku, source/diff or source/credentials directly; the screens reach this
// through the React context of source/ui/services.tsx.
export type BoardLoad = {
  board: Board;
  rateLimitRemaining: number | null;
  // false when every request was answered 304 and the board is the one already shown.
  changed: boolean;
};

export type LoadReason = 'initial' | 'auto' | 'manual';

export type Services = CoreServices &
  PromotionServices &
  DriftServices &
  CiServices &
  NotesServices &
  BellServices &
  SetupServices &
  LogServices &
  OverviewServices;

export type CoreServices = {
  // Account email, for the status bar.
  account(): Promise<{email: string}>;
  // Every pipeline of the account (all pages).
  listPipelines(): Promise<PipelineSummary[]>;
  // Pipelines with this name or id; several when owners differ. None is a NotFoundError.
  findPipelines(nameOrId: string): Promise<PipelineSummary[]>;
  // The pipeline an app belongs to.
  pipelineOfApp(app: string): Promise<{pipeline: PipelineSummary; appId: string}>;
  loadBoard(pipelineId: string, reason: LoadReason): Promise<BoardLoad>;
  // One app's dynos by process type: the board loads them for every app but review apps,
  // which are shown when the cursor rests on one.
  appDynos(appId: string): Promise<DynoGroup[]>;
  // Commits between an upstream app (e.g. staging) and a downstream app (e.g. production).
  compare(from: AppCard, to: AppCard): Promise<CommitComparison>;
  openUrl(url: string): Promise<void>;
  // Remembered between launches: the last pipeline opened (picker preselection).
  lastPipeline(): string | null;
  // The id of the last pipeline opened, when it had this name.
  rememberedPipelineId(name: string): string | null;
  rememberPipeline(id: string, name: string): void;
  now(): number;
};
