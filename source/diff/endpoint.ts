import type {AppCard} from '../board/types.js';

export type DiffEndpoint = {appId: string; appName: string; sha: string | null};

// An app as a diff source sees it: by default at the commit its card says it runs.
export function endpointOf(
  app: AppCard,
  sha: string | null = app.commit?.sha ?? null,
): DiffEndpoint {
  return {appId: app.id, appName: app.name, sha};
}
