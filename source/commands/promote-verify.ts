import {progressSucceeded, type PromotionProgress} from '../board/promotion-progress.js';
import {figureRows, rolloutText} from '../board/verification-rows.js';
import type {Services} from '../contract/services.js';
import type {VerificationReport} from '../contract/logs.js';
import {ConfigError} from '../shared/errors.js';
import {promoteDocument, resultText} from './promote-output.js';

// `promote APP --yes --verify [MINUTES]`: once the promotion succeeded, its targets are
// watched for MINUTES (default 5) as the verification panel watches them, the figures and the
// verdict printed (in --json too), and the command exits 1 when the verdict is failing. A
// failing verdict ends the watch at once: there is nothing left to wait for.

export const DEFAULT_VERIFY_MINUTES = 5;
const MAX_VERIFY_MINUTES = 60;

export type VerifyWindow = {minutes: number};

// --verify is a switch: its MINUTES, when given, is the positional after the app.
export function verifyWindow(
  verify: boolean | undefined,
  extra: readonly string[],
  env: NodeJS.ProcessEnv = {},
): {window: VerifyWindow | null; rest: string[]} {
  if (!verify) return {window: null, rest: [...extra]};
  const [first, ...rest] = extra;
  let minutes = DEFAULT_VERIFY_MINUTES;
  if (first !== undefined && /^\d+$/.test(first)) {
    minutes = Number(first);
    if (minutes < 1 || minutes > MAX_VERIFY_MINUTES) {
      throw new ConfigError(
        `--verify takes a number of minutes from 1 to ${MAX_VERIFY_MINUTES}, not ${first}.`,
      );
    }
  } else if (first !== undefined) {
    return {window: {minutes: windowMinutes(minutes, env)}, rest: [...extra]};
  }
  return {window: {minutes: windowMinutes(minutes, env)}, rest};
}

// PIPELINE_TUI_VERIFY_SECONDS makes the window that many seconds instead (for tests and
// demos), whatever MINUTES says.
function windowMinutes(minutes: number, env: NodeJS.ProcessEnv): number {
  const seconds = env.PIPELINE_TUI_VERIFY_SECONDS?.trim();
  if (!seconds) return minutes;
  if (!/^\d+$/.test(seconds) || Number(seconds) < 1) {
    throw new ConfigError(
      `PIPELINE_TUI_VERIFY_SECONDS takes a whole number of seconds, not "${seconds}".`,
    );
  }
  return Number(seconds) / 60;
}

function promotedAt(final: PromotionProgress, now: number): number {
  const times = final.targets.flatMap((t) => (t.finishedAt === null ? [] : [t.finishedAt]));
  return times.length > 0 ? Math.min(...times) : (final.finishedAt ?? now);
}

const minutesText = (minutes: number) =>
  minutes >= 1 && Number.isInteger(minutes) ? `${minutes} min` : `${Math.round(minutes * 60)} s`;

export function verificationText(report: VerificationReport): string {
  const lines = [
    `Verification over ${minutesText(report.minutes)}: ${report.verdict.toUpperCase()}`,
  ];
  for (const target of report.targets) {
    lines.push(`  ${target.app}: ${target.verdict.verdict} (${target.verdict.rule})`);
    for (const row of figureRows(target)) {
      lines.push(`    ${row.label.padEnd(13)} ${row.before.padEnd(14)} -> ${row.after}`);
    }
    lines.push(`    ${'rollout'.padEnd(13)} ${rolloutText(target.rollout)}`);
    for (const error of target.streamErrors.slice(-3)) lines.push(`    log stream: ${error}`);
  }
  return `${lines.join('\n')}\n`;
}

export type VerifiedPromotionInput = {
  services: Services;
  json: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
};

// After the promotion's result: the verification, then one exit code for both. A promotion
// that did not succeed is not verified; its own result and code stand.
export async function printVerified(
  input: VerifiedPromotionInput,
  final: PromotionProgress,
  window: VerifyWindow,
  // What the plan adds to the JSON document (warnings, skipped targets).
  extra: Record<string, unknown> = {},
): Promise<number> {
  if (!progressSucceeded(final)) {
    input.stdout.write(
      input.json
        ? `${JSON.stringify({...promoteDocument(final), ...extra}, null, 2)}\n`
        : resultText(final),
    );
    return 1;
  }
  if (!input.json) {
    input.stdout.write(resultText(final));
    input.stderr.write(`Verifying for ${minutesText(window.minutes)}…\n`);
  }
  const report = await input.services.verifyPromotion({
    targets: final.targets.map((t) => ({app: t.name, targetVersion: t.releaseVersion})),
    minutes: window.minutes,
    promotedAt: promotedAt(final, input.services.now()),
    stopWhenFailing: true,
  });
  input.stdout.write(
    input.json
      ? `${JSON.stringify({...promoteDocument(final), ...extra, verification: report}, null, 2)}\n`
      : verificationText(report),
  );
  return report.verdict === 'failing' ? 1 : 0;
}
