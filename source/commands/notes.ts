import {releaseNotes, type NotesApp} from '../board/release-notes.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Board} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';

export type NotesInput = {
  services: Services;
  app: string;
  to?: string[];
  release?: string; // 'v42' or '42'
  stdout: NodeJS.WritableStream;
};

function findApp(board: Board, nameOrId: string): AppCard | undefined {
  return board.columns.flatMap((c) => c.apps).find((a) => a.id === nameOrId || a.name === nameOrId);
}

function version(text: string): number {
  const match = /^v?(\d+)$/.exec(text.trim());
  if (!match) throw new ConfigError(`--release takes a version such as v42, not "${text}".`);
  return Number(match[1]);
}

function notesApp(app: AppCard): NotesApp {
  const release = app.deployedRelease ?? app.release;
  return {
    name: app.name,
    version: release?.version ?? null,
    sha: app.commit?.sha ?? null,
    createdAt: release?.createdAt ?? null,
    user: release?.user ?? null,
  };
}

// `pipeline-tui notes APP [--to TARGET] [--release vN]`: the Markdown a promotion of APP
// would ship, for scripts and chat bots. Nothing is promoted.
export async function runNotes(input: NotesInput): Promise<number> {
  const {services} = input;
  const {pipeline, appId} = await services.pipelineOfApp(input.app);
  const {board} = await services.loadBoard(pipeline.id, 'initial');
  const source = findApp(board, appId);
  if (!source) {
    throw new ConfigError(`${sanitizeText(input.app)} is not on a stage the board shows.`);
  }
  const targetAppIds = input.to?.map((name) => {
    const target = findApp(board, name.trim());
    if (!target) {
      throw new ConfigError(
        `No app named ${sanitizeText(name)} is in pipeline ${sanitizeText(pipeline.name)}.`,
      );
    }
    return target.id;
  });
  const release = input.release
    ? await services.releaseByVersion(source, version(input.release))
    : null;
  const plan = await services.promotionPlan({
    board,
    source,
    release,
    targetAppIds: targetAppIds ?? null,
  });
  const targets = plan.targets
    .filter((t) => t.selected || targetAppIds?.includes(t.app.id))
    .map((t) => findApp(board, t.app.id))
    .filter((app): app is AppCard => app !== undefined);
  if (targets.length === 0) {
    throw new ConfigError(
      `${sanitizeText(source.name)} has no app to promote to: pass one with --to TARGET.`,
    );
  }
  const sha = plan.source.release?.sha ?? source.commit?.sha ?? null;
  const shipped = {
    ...source,
    commit: sha && source.commit ? {...source.commit, sha} : source.commit,
  };
  const comparison = await services.compare(shipped, targets[0]!);
  const from = notesApp(source);
  input.stdout.write(
    releaseNotes({
      pipeline: pipeline.name,
      source: plan.source.release
        ? {
            ...from,
            version: plan.source.release.version,
            sha: plan.source.release.sha,
            createdAt: plan.source.release.createdAt,
            user: plan.source.release.user,
          }
        : from,
      targets: targets.map(notesApp),
      commits: plan.commits,
      compareUrl: comparison.compareUrl,
    }),
  );
  return 0;
}
