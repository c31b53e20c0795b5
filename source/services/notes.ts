import {planNotes} from '../board/plan-notes.js';
import {findApp} from '../board/stages.js';
import type {AppCard} from '../board/types.js';
import type {CoreServices} from '../contract/services.js';
import type {BellServices, NotesServices} from '../contract/notes.js';
import type {PromotionServices} from '../contract/promotion.js';
import {ConfigError} from '../shared/errors.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {ServicesDeps} from './deps.js';

// Release notes from the promotion plan (the commits a promotion would ship) and the compare
// link of the first target; the same for the diff view, the progress view and `notes`.
export function createNotesServices(
  deps: ServicesDeps,
  core: Pick<CoreServices, 'compare'>,
  promotion: Pick<PromotionServices, 'promotionPlan' | 'releaseByVersion'>,
): NotesServices & BellServices {
  return {
    async releaseNotes({board, source, targetAppIds = null, release = null}) {
      const chosen = release === null ? null : await promotion.releaseByVersion(source, release);
      const plan = await promotion.promotionPlan({board, source, release: chosen, targetAppIds});
      const picked = plan.targets.filter((t) => t.selected || targetAppIds?.includes(t.app.id));
      // Targets that already run the build are left unselected: the notes still name them,
      // and say that nothing new ships.
      const targets = (picked.length > 0 ? picked : plan.targets)
        .map((t) => findApp(board, t.app.id))
        .filter((app): app is AppCard => app !== null);
      const first = targets[0];
      if (!first) {
        throw new ConfigError(
          `${sanitizeText(source.name)} has no app to promote to: pass one with --to TARGET.`,
        );
      }
      const sha = plan.source.release?.sha ?? source.commit?.sha ?? null;
      const shipped = {
        ...source,
        commit: sha && source.commit ? {...source.commit, sha} : source.commit,
      };
      const comparison = await core.compare(shipped, first);
      return planNotes(plan, board, {compareUrl: comparison.compareUrl, targets});
    },
    copyNotes(markdown, name) {
      if (!deps.clipboard) throw new ConfigError('There is no terminal to copy the notes to.');
      return deps.clipboard(markdown, name);
    },
    boardSeen: (board) => void deps.bell?.board(board),
    promotionSeen: (progress) => void deps.bell?.promotion(progress),
  };
}
