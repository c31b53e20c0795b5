// The board's setup views: one per setup key of the board.
export type SetupViewKind =
  'add-app' | 'move-app' | 'remove-app' | 'rename-pipeline' | 'destroy-pipeline';

// Views of the whole pipeline: they open on an empty stage too (their appId is then '').
export const PIPELINE_VIEWS: ReadonlySet<string> = new Set<SetupViewKind>([
  'add-app',
  'rename-pipeline',
  'destroy-pipeline',
]);
