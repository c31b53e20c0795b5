import type {PromotionPlan} from './promotion-plan.js';
import {releaseNotes, type NotesApp} from './release-notes.js';
import {findApp} from './stages.js';
import type {AppCard, Board} from './types.js';

// The release notes of a promotion plan: what `pipeline-tui notes`, the diff view and the
// settled progress view all copy, so the three give the same Markdown for the same pair.

export function notesApp(app: AppCard): NotesApp {
  const release = app.deployedRelease ?? app.release;
  return {
    name: app.name,
    version: release?.version ?? null,
    sha: app.commit?.sha ?? null,
    createdAt: release?.createdAt ?? null,
    user: release?.user ?? null,
  };
}

// The plan's selected targets as the board shows them (what they ran before).
export function planTargets(plan: PromotionPlan, board: Board): AppCard[] {
  return plan.targets
    .filter((target) => target.selected)
    .map((target) => findApp(board, target.app.id))
    .filter((app): app is AppCard => app !== null);
}

export function planNotes(
  plan: PromotionPlan,
  board: Board,
  options: {compareUrl: string | null; shipped?: boolean; targets?: AppCard[]},
): string {
  const card = findApp(board, plan.source.app.id);
  const from: NotesApp = card
    ? notesApp(card)
    : {name: plan.source.app.name, version: null, sha: null};
  const release = plan.source.release;
  return releaseNotes({
    pipeline: plan.pipeline.name,
    source: release
      ? {
          ...from,
          version: release.version,
          sha: release.sha,
          createdAt: release.createdAt,
          user: release.user,
        }
      : from,
    targets: (options.targets ?? planTargets(plan, board)).map(notesApp),
    commits: plan.commits,
    compareUrl: options.compareUrl,
    shipped: options.shipped ?? false,
  });
}
