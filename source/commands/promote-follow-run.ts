import type {PromotionProgress} from '../board/promotion-progress.js';
import type {PromotionRun} from '../contract/promotion.js';
import type {EventEmitter} from 'node:events';
import {exitOnSignals} from './promote-signals.js';
import {ask} from './ask.js';

// Watching a promotion from the command line: progress on stderr, the code prompt.

export const TWO_FACTOR_ENV = 'PIPELINE_TUI_TWO_FACTOR_CODE';

// What watching needs of `promote`'s input (PromoteInput in promote.ts).
type WatchInput = {
  json: boolean;
  interactive: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  signals?: EventEmitter;
  exit?: (code: number) => void;
  twoFactorCode?: string;
};

// Follows the run, printing progress to stderr (stdout is kept for the result), and
// answers a two-factor request from the terminal when there is one.
export async function follow(input: WatchInput, run: PromotionRun): Promise<PromotionProgress> {
  const unlisten = exitOnSignals(
    {
      signals: input.signals ?? process,
      exit: input.exit ?? ((code) => process.exit(code)),
      json: input.json,
      stdout: input.stdout,
    },
    () => run.progress(),
  );
  const created = new Set<string>();
  const outputSeen = new Map<string, number>();
  // The wave whose code prompt was answered (one prompt per promotion sent).
  let askedWave = 0;
  const say = (text: string) => {
    if (!input.json) input.stderr.write(text);
  };
  const report = (progress: PromotionProgress) => {
    for (const target of progress.targets) {
      const seen = outputSeen.get(target.appId) ?? 0;
      if (target.output.length > seen) {
        for (const line of target.output.slice(seen)) say(`  ${target.name} | ${line}\n`);
        outputSeen.set(target.appId, target.output.length);
      }
    }
    const wave = progress.waves?.current ?? 1;
    if (progress.promotionId !== null && !created.has(progress.promotionId)) {
      created.add(progress.promotionId);
      const names = progress.targets
        .filter((t) => progress.waves === undefined || t.wave === wave)
        .map((t) => t.name)
        .join(', ');
      const label = progress.waves ? `Wave ${wave} of ${progress.waves.count} (${names}): p` : 'P';
      say(`${label}romotion ${progress.promotionId} created; waiting for Heroku…\n`);
    }
    if (progress.phase === 'two-factor' && askedWave < wave) {
      askedWave = wave;
      if (input.twoFactorCode !== undefined) return;
      if (!input.interactive) {
        say('Heroku asks for a two-factor code, and there is no terminal to type it in.\n');
        run.cancelTwoFactor(
          `Heroku asks for a two-factor code: pass --two-factor-code CODE (or set ${TWO_FACTOR_ENV}); no promotion was created.`,
        );
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
