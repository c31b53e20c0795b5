import type {LogLine} from '../board/log-line.js';
import {parseLogLine} from '../board/log-line.js';
import {dynoRollout} from '../board/rollout.js';
import {figuresOf, verdictOf, type Verdict} from '../board/verification.js';
import type {VerificationReport} from '../contract/logs.js';
import type {HerokuClient} from '../heroku/client.js';
import {MAX_HISTORY_LINES} from '../heroku/log-sessions.js';
import type {WireDyno} from '../heroku/wire.js';
import {appLogSource, type LogSource} from '../heroku/log-source.js';

// Watches the targets of a promotion for a window of minutes and says whether they are still
// healthy: the same figures and verdict the verification panel shows, without a terminal.

export type VerifyTarget = {
  app: string;
  logs: LogSource;
  dynos(): Promise<WireDyno[]>;
  targetVersion: number | null; // the release promoted; null: the newest any dyno runs
};

export type {TargetReport, VerificationReport} from '../contract/logs.js';

export type VerifyOptions = {
  targets: VerifyTarget[];
  minutes: number; // the window after the promotion
  beforeMinutes?: number; // the comparison window before it (default: the same length)
  promotedAt: number; // epoch ms
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  checkEveryMs?: number; // how often figures are taken while watching (default 5 s)
  stopWhenFailing?: boolean; // end the watch as soon as a target fails
  onUpdate?: (report: VerificationReport) => void;
  // Read at every check, so the window can change while it is watched (the panel's + and -).
  windowMinutes?: () => number;
  signal?: AbortSignal; // ends the watch early with the figures so far
};

// Router lines are all the figures need; the rest of a busy log is not kept.
const MAX_KEPT = 200_000;
const RANK = {healthy: 0, degraded: 1, failing: 2} as const;

export function worstVerdict(verdicts: readonly Verdict['verdict'][]): Verdict['verdict'] {
  return verdicts.reduce<Verdict['verdict']>(
    (worst, v) => (RANK[v] > RANK[worst] ? v : worst),
    'healthy',
  );
}

export async function verifyPromotion(options: VerifyOptions): Promise<VerificationReport> {
  const now = options.now ?? Date.now;
  const sleep =
    options.sleep ??
    ((ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        options.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), {
          once: true,
        });
      }));
  const minutes = () => options.windowMinutes?.() ?? options.minutes;
  const beforeMs = (options.beforeMinutes ?? Math.min(options.minutes, 10)) * 60_000;
  const endAt = () => options.promotedAt + minutes() * 60_000;
  const stopped = () => options.signal?.aborted === true;
  const watched = options.targets.map((target) => {
    const lines: LogLine[] = [];
    const streamErrors: string[] = [];
    const running = target.logs.start({
      onLines: (raw) => {
        for (const text of raw) {
          const line = parseLogLine(text);
          if (line.router) lines.push(line);
        }
        if (lines.length > MAX_KEPT) lines.splice(0, lines.length - MAX_KEPT);
      },
      onError: (message) => streamErrors.push(message),
    });
    return {target, lines, streamErrors, running};
  });

  const report = async (): Promise<VerificationReport> => {
    const at = Math.min(now(), endAt());
    const targets = await Promise.all(
      watched.map(async ({target, lines, streamErrors}) => {
        const rollout = await target
          .dynos()
          .then((dynos) => dynoRollout(dynos, target.targetVersion))
          .catch(() => null);
        // The history may reach back less far than the window: per minute over what it covers.
        const earliest = lines[0]?.timeMs ?? null;
        const from = Math.max(options.promotedAt - beforeMs, earliest ?? 0);
        const before = figuresOf(lines, Math.min(from, options.promotedAt), options.promotedAt);
        const after = figuresOf(lines, options.promotedAt, Math.max(at, options.promotedAt + 1));
        return {
          app: target.app,
          before,
          after,
          rollout,
          verdict: verdictOf(after, before, rollout),
          streamErrors: [...streamErrors],
        };
      }),
    );
    return {
      minutes: minutes(),
      promotedAt: new Date(options.promotedAt).toISOString(),
      verdict: worstVerdict(targets.map((t) => t.verdict.verdict)),
      targets,
    };
  };

  try {
    let latest = await report();
    options.onUpdate?.(latest);
    while (now() < endAt() && !stopped()) {
      if (options.stopWhenFailing && latest.verdict === 'failing') break;
      await sleep(Math.min(options.checkEveryMs ?? 5000, Math.max(1, endAt() - now())));
      if (stopped()) break;
      latest = await report();
      options.onUpdate?.(latest);
    }
    return latest;
  } finally {
    for (const {running} of watched) running.stop();
    await Promise.all(watched.map(({running}) => running.done.catch(() => undefined)));
  }
}

// The targets as Heroku serves them: each app's log stream (with the most history a session
// gives, for the minutes before) and its dynos.
export function herokuVerifyTargets(
  client: HerokuClient,
  targets: ReadonlyArray<{app: string; targetVersion: number | null}>,
): VerifyTarget[] {
  return targets.map(({app, targetVersion}) => ({
    app,
    targetVersion,
    logs: appLogSource(client, app, {tail: true, lines: MAX_HISTORY_LINES}),
    dynos: () => client.dynos(app),
  }));
}
