import type {EventEmitter} from 'node:events';
import {confirmationMatches} from '../board/confirmation.js';
import {selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {planWaves} from '../board/promotion-waves.js';
import {planWarnings, skippedTargets} from './promote-plan-text.js';
import {progressSucceeded, type PromotionProgress} from '../board/promotion-progress.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Board} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {promoteDocument, resultText} from './promote-output.js';
import {printVerified, type VerifyWindow} from './promote-verify.js';
import {ask} from './ask.js';
import {follow} from './promote-follow-run.js';
import {preflight} from './promote-preflight.js';

export type PromoteInput = {
  services: Services;
  app: string;
  to?: string[];
  release?: string; // 'v42' or '42'
  yes: boolean;
  json: boolean;
  // stdin and stdout are a terminal (and CI is not set): a person can confirm.
  interactive: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  // `promote --follow ID`: watch that promotion instead of sending one.
  follow?: string;
  // Sent with the first request (--two-factor-code, or the environment variable).
  twoFactorCode?: string;
  // Targets that already run the code are promoted too (--include-current).
  includeCurrent?: boolean;
  // --waves eu,us: one wave per item; --sequential: one target a wave.
  waves?: string[];
  sequential?: boolean;
  // --force: promote backwards in stage order.
  force?: boolean;
  // Where SIGINT and SIGTERM come from, and how the command ends on one (tests hand in fakes).
  signals?: EventEmitter;
  exit?: (code: number) => void;
  // `--verify [MINUTES]`: watch the targets after the promotion succeeded.
  verify?: VerifyWindow | null;
};

function appsOf(board: Board): AppCard[] {
  return board.columns.flatMap((c) => c.apps);
}

function findByNameOrId(board: Board, nameOrId: string): AppCard | undefined {
  return appsOf(board).find((a) => a.id === nameOrId || a.name === nameOrId);
}

function releaseVersion(text: string): number {
  const match = /^v?(\d+)$/.exec(text.trim());
  if (!match) throw new ConfigError(`--release takes a version such as v42, not "${text}".`);
  return Number(match[1]);
}

async function confirmed(input: PromoteInput, plan: PromotionPlan): Promise<boolean> {
  const waves = planWaves(plan);
  const names =
    waves.length > 1
      ? waves
          .map((wave, i) => `wave ${i + 1} ${wave.map((t) => t.app.name).join(', ')}`)
          .join('; then ')
      : selectedTargets(plan)
          .map((t) => t.app.name)
          .join(', ');
  const question =
    plan.confirmation.kind === 'type'
      ? `Type ${plan.confirmation.text} to promote to ${names}: `
      : `Promote to ${names}? Type y to go on: `;
  return confirmationMatches(plan.confirmation, (await ask(input, question)).trim());
}

async function resolvePlan(input: PromoteInput): Promise<PromotionPlan> {
  const {services} = input;
  const {pipeline, appId} = await services.pipelineOfApp(input.app);
  const {board} = await services.loadBoard(pipeline.id, 'initial');
  const source = findByNameOrId(board, appId);
  if (!source) {
    throw new ConfigError(
      `${sanitizeText(input.app)} is not on a stage the board shows, so it cannot be promoted from here.`,
    );
  }
  const targetAppIds = input.to?.map((name) => {
    const target = findByNameOrId(board, name.trim());
    if (!target) {
      throw new ConfigError(
        `No app named ${sanitizeText(name)} is in pipeline ${sanitizeText(pipeline.name)}.`,
      );
    }
    return target.id;
  });
  const release = input.release
    ? await services.releaseByVersion(source, releaseVersion(input.release))
    : null;
  return services.promotionPlan({
    board,
    source,
    release,
    targetAppIds: targetAppIds ?? null,
    includeCurrent: input.includeCurrent === true,
  });
}

function planExtras(plan?: PromotionPlan): Record<string, unknown> {
  return plan ? {warnings: planWarnings(plan), skipped: skippedTargets(plan)} : {};
}

function printResult(input: PromoteInput, final: PromotionProgress, plan?: PromotionPlan): number {
  const extra = planExtras(plan);
  input.stdout.write(
    input.json
      ? `${JSON.stringify({...promoteDocument(final), ...extra}, null, 2)}\n`
      : resultText(final),
  );
  return progressSucceeded(final) ? 0 : 1;
}

export async function runPromote(input: PromoteInput): Promise<number> {
  if (input.follow !== undefined) {
    const id = input.follow.trim();
    if (!/^[0-9a-f-]{8,}$/i.test(id)) {
      throw new ConfigError(`--follow takes a promotion id (a UUID), not "${sanitizeText(id)}".`);
    }
    return printResult(input, await follow(input, await input.services.followPromotion(id)));
  }
  if (!input.yes && !input.interactive) {
    input.stderr.write(
      'Refusing to promote without a terminal to confirm in: pass --yes to promote without asking.\n',
    );
    return 2;
  }
  const checked = preflight(input, await resolvePlan(input));
  if (typeof checked === 'number') return checked;
  const plan = checked;
  if (!input.yes && !(await confirmed(input, plan))) {
    input.stderr.write('Cancelled: nothing was sent.\n');
    return 1;
  }
  const run = input.services.startPromotion(plan, {twoFactorCode: input.twoFactorCode});
  const final = await follow(input, run);
  return input.verify
    ? printVerified(input, final, input.verify, planExtras(plan))
    : printResult(input, final, plan);
}
