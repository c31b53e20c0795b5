import type {BoardLoad, Services} from '../contract/services.js';

export type PrefetchTarget = {pipeline: string} | {app: string};

// Starts finding the pipeline and loading its board at once, while the terminal UI is still
// loading (Ink takes a few hundred milliseconds to start); the screens' first requests for
// the same things are answered from these promises instead of being sent again.
//
// When the pipeline named is the one opened last time, its board starts loading by the id
// remembered then, alongside the lookup by name: one round trip less. The lookup still
// decides; a board loaded for an id it does not confirm is dropped.
export function prefetchBoard(services: Services, target: PrefetchTarget): Services {
  const found =
    'app' in target ? services.pipelineOfApp(target.app) : services.findPipelines(target.pipeline);
  // The status bar's email, so that it is there when the board first draws.
  const account = services.account();
  const guess = 'pipeline' in target ? services.rememberedPipelineId(target.pipeline) : null;
  const guessed = guess ? services.loadBoard(guess, 'initial') : null;
  const loaded: Promise<BoardLoad | null> = found.then((answer) => {
    const pipelines = Array.isArray(answer) ? answer : [answer.pipeline];
    if (pipelines.length !== 1) return null;
    const id = pipelines[0]!.id;
    return guessed && id === guess ? guessed : services.loadBoard(id, 'initial');
  });
  // A failure is reported when the screen asks, not as an unhandled rejection now.
  found.catch(() => undefined);
  guessed?.catch(() => undefined);
  loaded.catch(() => undefined);
  account.catch(() => undefined);
  let findUsed = false;
  let loadUsed = false;
  let accountUsed = false;
  return {
    ...services,
    findPipelines(nameOrId) {
      if (findUsed || !('pipeline' in target) || nameOrId !== target.pipeline) {
        return services.findPipelines(nameOrId);
      }
      findUsed = true;
      return found as ReturnType<Services['findPipelines']>;
    },
    pipelineOfApp(app) {
      if (findUsed || !('app' in target) || app !== target.app) return services.pipelineOfApp(app);
      findUsed = true;
      return found as ReturnType<Services['pipelineOfApp']>;
    },
    account() {
      if (accountUsed) return services.account();
      accountUsed = true;
      return account;
    },
    async loadBoard(pipelineId, reason) {
      if (!loadUsed && reason === 'initial') {
        loadUsed = true;
        const early = await loaded.catch(() => null);
        if (early?.board.pipeline.id === pipelineId) return early;
      }
      return services.loadBoard(pipelineId, reason);
    },
  };
}
