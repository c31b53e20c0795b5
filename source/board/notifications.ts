import type {PromotionProgress} from './promotion-progress.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Board} from './types.js';

// What deserves a bell while the board is open, decided from successive boards and
// promotion progress. Each change has a key, and a key rings once, however often the same
// board or progress is seen again.

export type NotificationKind = 'promotion' | 'staging-release' | 'crash';

export type NotificationSettings = {
  enabled: boolean; // false with --no-notify
  kinds: Record<NotificationKind, boolean>;
};

export type Notice = {kind: NotificationKind; key: string; title: string; body: string};

const KINDS: NotificationKind[] = ['promotion', 'staging-release', 'crash'];

// PIPELINE_TUI_NOTIFY="promotion,crash" keeps only those kinds; "none" turns them all off.
export function notificationSettings(options: {noNotify: boolean; setting?: string | undefined}): {
  settings: NotificationSettings;
  problem: string | null;
} {
  const all = {promotion: true, 'staging-release': true, crash: true};
  const value = options.setting?.trim();
  if (!value) return {settings: {enabled: !options.noNotify, kinds: all}, problem: null};
  if (value === 'none') {
    return {
      settings: {enabled: false, kinds: {promotion: false, 'staging-release': false, crash: false}},
      problem: null,
    };
  }
  const wanted = value.split(',').map((part) => part.trim());
  const unknown = wanted.filter((part) => !(KINDS as string[]).includes(part));
  const kinds = {
    promotion: wanted.includes('promotion'),
    'staging-release': wanted.includes('staging-release'),
    crash: wanted.includes('crash'),
  };
  const problem =
    unknown.length > 0
      ? `PIPELINE_TUI_NOTIFY has "${sanitizeText(unknown.join(','))}"; use promotion, staging-release, crash or none, separated by commas.`
      : null;
  return {settings: {enabled: !options.noNotify, kinds}, problem};
}

function apps(board: Board): AppCard[] {
  return board.columns.flatMap((column) => column.apps);
}

function boardNotices(previous: Board, next: Board): Notice[] {
  const before = new Map(apps(previous).map((app) => [app.id, app]));
  const notices: Notice[] = [];
  for (const app of apps(next)) {
    const old = before.get(app.id);
    if (!old) continue;
    const name = sanitizeText(app.name);
    const release = app.deployedRelease;
    if (
      app.stage === 'staging' &&
      release &&
      old.deployedRelease?.id !== release.id &&
      release.version > (old.deployedRelease?.version ?? 0)
    ) {
      notices.push({
        kind: 'staging-release',
        key: `release:${app.id}:${release.id}`,
        title: `${name} has v${release.version}`,
        body: sanitizeText(app.commit?.message ?? release.description) || 'A new release to check.',
      });
    }
    if (app.stage === 'production' && app.dynos && old.dynos) {
      for (const group of app.dynos) {
        const was = old.dynos.find((g) => g.type === group.type)?.crashed ?? 0;
        if (group.crashed > was) {
          notices.push({
            kind: 'crash',
            key: `crash:${app.id}:${group.type}:${group.crashed}:${release?.id ?? ''}`,
            title: `${name}: a ${sanitizeText(group.type)} dyno crashed`,
            body: `${group.crashed} of ${group.quantity} ${sanitizeText(group.type)} dynos crashed.`,
          });
        }
      }
    }
  }
  return notices;
}

function promotionNotice(progress: PromotionProgress): Notice | null {
  if (!['finished', 'failed', 'timed-out'].includes(progress.phase)) return null;
  const failed = progress.targets.filter((t) => t.status !== 'succeeded');
  const names = progress.targets.map((t) => sanitizeText(t.name)).join(', ') || 'its targets';
  const ok = progress.phase === 'finished' && failed.length === 0;
  return {
    kind: 'promotion',
    key: `promotion:${progress.promotionId ?? progress.startedAt}`,
    title: ok ? `Promoted to ${names}` : `Promotion to ${names} did not succeed`,
    body: ok
      ? `${sanitizeText(progress.source.name)} v${progress.source.version} is live.`
      : (progress.message ??
        failed.map((t) => `${sanitizeText(t.name)}: ${t.errorMessage ?? t.status}`).join('; ')),
  };
}

export type Notifier = {
  // The notices a new board brings; the first board only sets what is known.
  board(next: Board): Notice[];
  promotion(progress: PromotionProgress): Notice[];
};

export function createNotifier(settings: NotificationSettings): Notifier {
  const rung = new Set<string>();
  const previous = new Map<string, Board>();
  const allowed = (notices: Notice[]) =>
    notices.filter((notice) => {
      if (!settings.enabled || !settings.kinds[notice.kind] || rung.has(notice.key)) return false;
      rung.add(notice.key);
      return true;
    });
  return {
    board(next) {
      const before = previous.get(next.pipeline.id);
      previous.set(next.pipeline.id, next);
      return before ? allowed(boardNotices(before, next)) : [];
    },
    promotion(progress) {
      const notice = promotionNotice(progress);
      return notice ? allowed([notice]) : [];
    },
  };
}
