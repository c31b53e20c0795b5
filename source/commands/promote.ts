import type {EventEmitter} from 'node:events';
import {createInterface} from 'node:readline/promises';
import {confirmationMatches} from '../board/confirmation.js';
import {selectedTargets, type PromotionPlan} from '../board/promotion-plan.js';
import {progressSucceeded, type PromotionProgress} from '../board/promotion-progress.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard, Board} from '../board/types.js';
import {ConfigError} from '../shared/errors.js';
import type {Services} from '../contract/services.js';
import {planText, promoteDocument, resultText} from './promote-output.js';
import {exitOnSignals} from './promote-signals.js';
import {printVerified, type VerifyWindow} from './promote-verify.js';
import type {PromotionRun} from '../contract/promotion.js';

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

async function ask(input: PromoteInput, question: string): Promise<string> {
  const reader = createInterface({
    input: input.stdin ?? process.stdin,
    output: input.stderr,
    terminal: false,
  });
  try {
    return await reader.question(question);
  } catch {
    return '';
  } finally {
    reader.close();
  }
}

async function confirmed(input: PromoteInput, plan: PromotionPlan): Promise<boolean> {
  const names = selectedTargets(plan)
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
  return services.promotionPlan({board, source, release, targetAppIds: targetAppIds ?? null});
}

// Follows the run, printing progress to stderr (stdout is kept for the result), and
// answers a two-factor request from the terminal when there is one.
async function follow(input: PromoteInput, run: PromotionRun): Promise<PromotionProgress> {
  const unlisten = exitOnSignals(
    {
      signals: input.signals ?? process,
      exit: input.exit ?? ((code) => process.exit(code)),
      json: input.json,
      stdout: input.stdout,
    },
    () => run.progress(),
  );
  let created = false;
  const outputSeen = new Map<string, number>();
  let asking = false;
  const report = (progress: PromotionProgress) => {
    for (const target of progress.targets) {
      const seen = outputSeen.get(target.appId) ?? 0;
      if (!input.json && target.output.length > seen) {
        for (const line of target.output.slice(seen))
          input.stderr.write(`  ${target.name} | ${line}\n`);
        outputSeen.set(target.appId, target.output.length);
      }
    }
    if (progress.promotionId !== null && !created) {
      created = true;
      if (!input.json)
        input.stderr.write(`Promotion ${progress.promotionId} created; waiting for Heroku…\n`);
    }
    if (progress.phase === 'two-factor' && !asking) {
      asking = true;
      if (!input.interactive) {
        input.stderr.write(
          'Heroku asks for a two-factor code, and there is no terminal to type it in.\n',
        );
        run.cancelTwoFactor();
        return;
      }
      void ask(
        input,
        `${progress.message ?? 'Heroku asks for a two-factor code.'}\nTwo-factor code: `,
      ).then((code) =>
        code.trim() === '' ? run.cancelTwoFactor() : run.submitTwoFactorCode(code),
      );
    }
  };
  const stop = run.subscribe(report);
  report(run.progress());
  const final = await run.settled;
  report(final);
  stop();
  unlisten();
  return final;
}

function printResult(input: PromoteInput, final: PromotionProgress): number {
  input.stdout.write(
    input.json ? `${JSON.stringify(promoteDocument(final), null, 2)}\n` : resultText(final),
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
  const plan = await resolvePlan(input);
  if (!input.json || !input.yes) input.stderr.write(planText(plan));
  if (!plan.promotable) throw new ConfigError(plan.reason ?? 'This promotion cannot be made.');
  if (!input.yes && !(await confirmed(input, plan))) {
    input.stderr.write('Cancelled: nothing was sent.\n');
    return 1;
  }
  const final = await follow(input, input.services.startPromotion(plan));
  return input.verify ? printVerified(input, final, input.verify) : printResult(input, final);
}
