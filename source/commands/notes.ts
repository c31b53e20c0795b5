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
  const release = input.release ? version(input.release) : null;
  input.stdout.write(
    await services.releaseNotes({board, source, targetAppIds: targetAppIds ?? null, release}),
  );
  return 0;
}
