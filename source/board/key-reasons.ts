import {olderReleaseBlocker, promotesOlderReleases, rollbackBlocker} from './release-history.js';
import {nextStage} from './stages.js';
import type {Release, Stage} from './types.js';

// What a key's refusal depends on, as the place the cursor is in knows it. Every field is
// optional: a place that does not say a fact refuses nothing on its account.
export type KeyContext = {
  // The board's selected app; null on an empty stage or when the filter hides every app.
  app?: {name: string; stage: Stage; webUrl: string | null; comparable?: boolean} | null;
  pairs?: number; // diff and drift: how many pairs are compared
  canOpen?: boolean; // diff and drift: whether there is a page to open
  settled?: boolean; // a promotion's progress: whether it has finished
  canCopyNotes?: boolean; // diff and drift: whether release notes can be made here
  panes?: number; // logs and verification: how many apps are shown
  // The board's stage under the cursor, and whether a filter is on: an empty stage's
  // refusal names the stage rather than an app.
  stage?: Stage;
  filtered?: boolean;
  // Why there is no page to open (canOpen false), when the place knows better than the default.
  noPage?: string;
  // The release history's highlighted release: what it can be rolled back to or promoted.
  release?: Release | null;
};

// Why a key is refused here, in one sentence; null when it works.
export type DisabledReason = (context: KeyContext) => string | null;

const NO_APP = 'No app is selected.';

// What an empty place says: the stage that has nothing, or that the filter hides all of it.
function noAppReason(context: KeyContext): string {
  if (!context.stage) return NO_APP;
  return context.filtered
    ? `No ${context.stage} app matches the filter.`
    : `The ${context.stage} stage has no apps.`;
}

function selected(context: KeyContext, then: DisabledReason): string | null {
  if (context.app === undefined) return null;
  if (context.app === null) return noAppReason(context);
  return then(context);
}

export const needsApp: DisabledReason = (context) => selected(context, () => null);

export const diffReason: DisabledReason = (context) =>
  selected(context, ({app}) => {
    if (!app || app.comparable !== false) return null;
    return `There is no ${nextStage(app.stage) ?? 'staging'} app to compare ${app.name} with.`;
  });

export const promoteReason: DisabledReason = (context) =>
  selected(context, ({app}) => {
    if (app?.stage === 'production')
      return 'Production is the last stage: there is nothing to promote to.';
    if (app?.stage === 'review')
      return 'Review apps are not promoted; merge the pull request instead.';
    return null;
  });

export const driftReason: DisabledReason = (context) =>
  selected(context, ({app}) =>
    app?.stage === 'production'
      ? 'Production is the last stage: select a staging app to compare it with production.'
      : null,
  );

export const openReason: DisabledReason = (context) => {
  if (context.canOpen === false) return context.noPage ?? 'There is no page to open for this pair.';
  return selected(context, ({app}) =>
    app?.webUrl ? null : 'This app has no web address to open.',
  );
};

export const pairReason: DisabledReason = ({pairs}) =>
  pairs !== undefined && pairs < 2 ? 'There is only one pair to compare here.' : null;

export const rollbackReason: DisabledReason = ({release}) =>
  release ? rollbackBlocker(release) : null;

export const olderReleaseReason: DisabledReason = ({app, release}) => {
  if (app && release) return olderReleaseBlocker(app, release);
  return app && !promotesOlderReleases(app)
    ? 'Only staging and development releases are promoted from here.'
    : null;
};

export const notesReason: DisabledReason = ({settled, canCopyNotes}) => {
  if (settled === false)
    return 'The promotion is still running: its release notes follow once it ends.';
  return canCopyNotes === false
    ? 'No release notes here: they need the commits compared, or a promotion that succeeded.'
    : null;
};

export const settledReason: DisabledReason = ({settled}) =>
  settled === false ? 'The promotion is still running: Esc goes back, and it goes on.' : null;

export const verifyReason: DisabledReason = (context) =>
  selected(context, ({app}) =>
    app?.stage === 'production'
      ? null
      : 'Verification watches production: select a production app.',
  );

export const paneReason: DisabledReason = ({panes}) =>
  panes !== undefined && panes < 2 ? 'There is only one app here.' : null;
